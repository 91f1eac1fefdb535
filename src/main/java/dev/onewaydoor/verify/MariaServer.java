package dev.onewaydoor.verify;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MySQL or MariaDB server from {@code DATABASE_URL}: one scratch database per run, created and
 * dropped by the URL's user (which needs CREATE and DROP), who also runs the migrations. MySQL
 * cannot copy a database, so each fresh database gets its history replayed.
 */
final class MariaServer implements Server {
  private static final Logger LOG = LoggerFactory.getLogger(MariaServer.class);

  private final DatabaseUrl url;
  private final Properties props;
  private final String product;
  private final MariaDialect dialect;

  MariaServer(DatabaseUrl url) throws SQLException {
    this.url = url;
    this.props = new Properties();
    props.putAll(url.params());
    props.setProperty("user", url.user());
    props.setProperty("password", url.password());
    props.setProperty("connectTimeout", "10000");
    try (Connection c = admin(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT VERSION()")) {
      rs.next();
      String v = rs.getString(1);
      boolean maria = v.toLowerCase(java.util.Locale.ROOT).contains("mariadb");
      this.product = (maria ? "MariaDB " : "MySQL ") + v.replaceFirst("-.*", "");
      this.dialect = new MariaDialect(maria);
    }
  }

  @Override
  public DbDialect dialect() {
    return dialect;
  }

  @Override
  public String product() {
    return product;
  }

  @Override
  public String where() {
    return url.where();
  }

  @Override
  public Scratch create() throws SQLException {
    String name = "owd_" + Secrets.hex(8);
    try (Connection c = admin(); Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + dialect.quote(name) + " CHARACTER SET utf8mb4");
    }
    return new Scratch(this, name, "", url.password());
  }

  @Override
  public boolean copies() {
    return false;
  }

  @Override
  public Scratch copy(Scratch source) {
    throw new UnsupportedOperationException("MySQL cannot copy a database");
  }

  @Override
  public void freeze(Scratch s) {
    throw new UnsupportedOperationException("MySQL has no template databases");
  }

  @Override
  public Connection connect(Scratch s) throws SQLException {
    return DriverManager.getConnection(jdbc(s.name()), props);
  }

  /** Kills what still runs in the database (a statement cut off by the budget), then drops it. */
  @Override
  public void drop(Scratch s) {
    try (Connection c = admin(); Statement st = c.createStatement()) {
      List<Long> ids = new ArrayList<>();
      try (ResultSet rs = st.executeQuery("SELECT ID FROM information_schema.PROCESSLIST WHERE DB = "
          + dialect.string(s.name()) + " AND ID <> CONNECTION_ID()")) {
        while (rs.next()) ids.add(rs.getLong(1));
      }
      for (long id : ids) {
        try {
          st.execute("KILL " + id);
        } catch (SQLException gone) {
          // ended meanwhile
        }
      }
      st.execute("DROP DATABASE IF EXISTS " + dialect.quote(s.name()));
    } catch (SQLException e) {
      LOG.warn("could not drop scratch database {}: {}", s.name(), e.getMessage());
    }
  }

  @Override
  public void close() {
    // the server is not ours to stop
  }

  private Connection admin() throws SQLException {
    return DriverManager.getConnection(jdbc(url.database()), props);
  }

  /** The MariaDB driver speaks to MySQL servers too. */
  private String jdbc(String database) {
    return "jdbc:mariadb://" + url.host() + ":" + url.port() + "/" + database;
  }
}
