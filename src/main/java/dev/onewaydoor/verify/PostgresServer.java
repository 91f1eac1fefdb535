package dev.onewaydoor.verify;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server verification may use. With {@code isolate} (the embedded server, where we
 * are superuser) each scratch database gets its own login role with a random password, no
 * superuser, CREATEDB or CREATEROLE, and CONNECT revoked from everyone else; the migrations run
 * as that role. Without it (a {@code DATABASE_URL} server) they run as the URL's user, which
 * needs CREATEDB.
 */
final class PostgresServer implements Server {
  private static final Logger LOG = LoggerFactory.getLogger(PostgresServer.class);

  private final String host;
  private final int port;
  private final String adminDatabase;
  private final Properties admin;
  private final boolean isolate;
  private final String where;
  private final Runnable onClose;
  private final String product;
  private final int version;
  /** Roles whose drop failed because a copy still held objects they own: retried on each drop. */
  private final Set<String> pendingRoles = ConcurrentHashMap.newKeySet();
  private final AdminSession adminSession;

  PostgresServer(String host, int port, String adminDatabase, Properties admin, boolean isolate, String where,
      Runnable onClose) throws SQLException {
    this.host = host;
    this.port = port;
    this.adminDatabase = adminDatabase;
    this.admin = admin;
    this.isolate = isolate;
    this.where = where;
    this.onClose = onClose;
    this.adminSession = new AdminSession(url(adminDatabase), admin);
    String[] v = admin(st -> {
      try (ResultSet rs = st.executeQuery("SELECT current_setting('server_version'), current_setting('server_version_num')")) {
        rs.next();
        return new String[] {rs.getString(1), rs.getString(2)};
      }
    });
    this.product = "PostgreSQL " + v[0].replaceFirst("\\s.*", "");
    this.version = Integer.parseInt(v[1]);
  }

  static Properties props(String user, String password, Map<String, String> extra) {
    Properties p = new Properties();
    p.putAll(extra);
    p.setProperty("user", user);
    p.setProperty("password", password);
    p.setProperty("ApplicationName", "onewaydoor-verify");
    p.setProperty("connectTimeout", "10");
    return p;
  }

  /** Takes CONNECT away from PUBLIC on the server's own databases (embedded only: we own that server). */
  void revokePublicConnect(String... databases) throws SQLException {
    admin(st -> {
      for (String d : databases) st.execute("REVOKE ALL ON DATABASE " + q(d) + " FROM PUBLIC");
      return null;
    });
  }

  int port() {
    return port;
  }

  /**
   * Runs a statement on the admin session and returns its rows as text (none for a command):
   * what the server's settings are, what is left on it.
   */
  List<List<String>> inspect(String sql) throws SQLException {
    return adminSession.rows(sql);
  }

  @Override
  public DbDialect dialect() {
    return PgDialect.INSTANCE;
  }

  @Override
  public String product() {
    return product;
  }

  @Override
  public String where() {
    return where;
  }

  @Override
  public Scratch create() throws SQLException {
    return make(null);
  }

  @Override
  public boolean copies() {
    return true;
  }

  @Override
  public Scratch copy(Scratch source) throws SQLException {
    return make(source);
  }

  private Scratch make(Scratch source) throws SQLException {
    String name = "owd_" + Secrets.hex(8);
    String password = isolate ? Secrets.hex(18) : admin.getProperty("password");
    Scratch s = new Scratch(this, name, isolate ? name : "", password);
    try {
      admin(st -> create(st, s, source));
      return s;
    } catch (SQLException e) {
      drop(s);
      throw e;
    }
  }

  private Void create(Statement st, Scratch s, Scratch source) throws SQLException {
    String name = s.name();
    if (isolate) {
      st.execute("CREATE ROLE " + q(name) + " LOGIN PASSWORD " + PgDialect.INSTANCE.string(s.password())
          + " NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT CONNECTION LIMIT 8");
    }
    String template = source == null ? "template0" : source.name();
    // FILE_COPY: for small databases two checkpoints cost less than WAL-logging every page.
    st.execute("CREATE DATABASE " + q(name) + (isolate ? " OWNER " + q(name) : "") + " TEMPLATE " + q(template)
        + (source != null && version >= 150000 ? " STRATEGY FILE_COPY" : ""));
    st.execute("REVOKE ALL ON DATABASE " + q(name) + " FROM PUBLIC");
    // The copy's objects belong to the source's role: act as it, inside this database only.
    if (isolate && source != null && !source.role().isEmpty()) st.execute("GRANT " + q(source.role()) + " TO " + q(name));
    return null;
  }

  @Override
  public void freeze(Scratch s) throws SQLException {
    admin(st -> {
      st.execute("ALTER DATABASE " + q(s.name()) + " ALLOW_CONNECTIONS false");
      if (isolate) {
        st.execute("ALTER DATABASE " + q(s.name()) + " OWNER TO CURRENT_USER");
        st.execute("ALTER ROLE " + q(s.role()) + " NOLOGIN PASSWORD NULL");
      }
      return null;
    });
  }

  @Override
  public Connection connect(Scratch s) throws SQLException {
    Properties p = isolate ? props(s.role(), s.password(), Map.of()) : admin;
    return DriverManager.getConnection(url(s.name()), p);
  }

  @Override
  public void drop(Scratch s) {
    try {
      admin(st -> dropNow(st, s));
    } catch (SQLException e) {
      LOG.warn("could not drop scratch database {}: {}", s.name(), e.getMessage());
    }
  }

  private Void dropNow(Statement st, Scratch s) throws SQLException {
    if (version >= 130000) {
      st.execute("DROP DATABASE IF EXISTS " + q(s.name()) + " WITH (FORCE)");
    } else {
      st.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
          + PgDialect.INSTANCE.string(s.name()));
      st.execute("DROP DATABASE IF EXISTS " + q(s.name()));
    }
    if (!s.role().isEmpty()) pendingRoles.add(s.role());
    for (String role : Set.copyOf(pendingRoles)) {
      try {
        st.execute("DROP ROLE IF EXISTS " + q(role));
        pendingRoles.remove(role);
      } catch (SQLException stillUsed) {
        // a copy of its template is still running; dropped with a later scratch database
      }
    }
    return null;
  }

  @Override
  public void close() {
    adminSession.close();
    onClose.run();
  }

  private <T> T admin(AdminSession.Work<T> work) throws SQLException {
    return adminSession.run(work);
  }

  private String url(String database) {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database;
  }

  private static String q(String name) {
    return PgDialect.INSTANCE.quote(name);
  }
}
