package dev.onewaydoor.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL 17 for tests (embedded binaries; as root it runs under {@code unshare -U}),
 * started once per test JVM and stopped at exit. Each caller gets a fresh database.
 */
public final class Postgres {
  private static EmbeddedPostgres server;
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private Postgres() {}

  private static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          server.close();
        } catch (IOException ignored) {
          // the JVM is exiting; the data directory is temporary
        }
      }));
    }
    return server;
  }

  /** A new, empty database; the caller closes the connection. */
  public static Connection freshDatabase() throws SQLException {
    EmbeddedPostgres pg = server();
    String name = "t" + DATABASES.incrementAndGet();
    try (Connection admin = pg.getPostgresDatabase().getConnection(); Statement st = admin.createStatement()) {
      st.execute("CREATE DATABASE " + name);
    }
    return pg.getDatabase("postgres", name).getConnection();
  }

  /** Runs a script of one or more statements (dollar-quoted bodies included). */
  public static void run(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  /** The rows of a query, each row's columns joined by {@code |}. */
  public static List<String> rows(Connection c, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) sb.append(i > 1 ? "|" : "").append(rs.getString(i));
        out.add(sb.toString());
      }
    }
    return out;
  }

  /** The single value of a query. */
  public static String value(Connection c, String sql) throws SQLException {
    List<String> rows = rows(c, sql);
    if (rows.size() != 1) throw new AssertionError("expected one row from " + sql + ", got " + rows);
    return rows.get(0);
  }

  /**
   * The schema of the {@code public} schema as comparable text: tables and views, columns
   * (type, nullability, default), constraints, triggers and functions.
   */
  public static List<String> schema(Connection c) throws SQLException {
    List<String> out = new ArrayList<>();
    out.addAll(rows(c, "SELECT 'relation ' || table_name || ' ' || table_type FROM information_schema.tables "
        + "WHERE table_schema = 'public' ORDER BY 1"));
    out.addAll(rows(c, "SELECT 'column ' || table_name || '.' || column_name || ' ' || format_type(a.atttypid, a.atttypmod)"
        + " || CASE WHEN is_nullable = 'NO' THEN ' not null' ELSE '' END || coalesce(' default ' || column_default, '')"
        + " FROM information_schema.columns col JOIN pg_attribute a ON a.attrelid = ('public.' || quote_ident(table_name))::regclass"
        + " AND a.attname = col.column_name WHERE table_schema = 'public' ORDER BY 1"));
    out.addAll(rows(c, "SELECT 'constraint ' || conrelid::regclass || ' ' || pg_get_constraintdef(oid) FROM pg_constraint "
        + "WHERE connamespace = 'public'::regnamespace ORDER BY 1"));
    out.addAll(rows(c, "SELECT 'trigger ' || tgname FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1"));
    out.addAll(rows(c, "SELECT 'function ' || proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace ORDER BY 1"));
    return out;
  }
}
