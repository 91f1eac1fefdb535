package dev.onewaydoor.verify;

import dev.onewaydoor.config.VerifyConfig;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/** PostgreSQL: the catalog from {@code pg_catalog} ({@link PgCatalog}), double-quoted names. */
final class PgDialect implements DbDialect {
  static final PgDialect INSTANCE = new PgDialect();

  @Override
  public String id() {
    return "postgresql";
  }

  @Override
  public String quote(String name) {
    return DbDialect.quoteParts(name, '"');
  }

  @Override
  public String string(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  @Override
  public void prepare(Connection c, VerifyConfig limits) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("SET statement_timeout = " + limits.statementTimeout().toMillis());
      st.execute("SET lock_timeout = " + limits.lockTimeout().toMillis());
      st.execute("SET idle_in_transaction_session_timeout = " + limits.budget().toMillis());
    }
  }

  @Override
  public void endScript(Connection c) {
    // COMMIT outside a transaction is only a warning; inside a failed one it rolls back.
    try (Statement st = c.createStatement()) {
      st.execute("COMMIT");
    } catch (SQLException ignored) {
      // the connection is gone; the next statement reports it
    }
  }

  @Override
  public Snapshot snapshot(Connection c) throws SQLException {
    return PgCatalog.read(c);
  }

  @Override
  public boolean isTimeout(SQLException e) {
    return "57014".equals(e.getSQLState());
  }

  @Override
  public String returning(String columns) {
    return " RETURNING " + columns;
  }

  @Override
  public String literal(Snapshot.Column c, int row) {
    switch (c.kind()) {
      case "bool": return row % 2 == 0 ? "true" : "false";
      case "bytes": return "'\\x0" + (row + 1) + "'";
      case "array": return "'{}'";
      default: return DbDialect.super.literal(c, row);
    }
  }

  /** The kind of value a type takes, from its name and {@code pg_type.typcategory}. */
  static String kind(String typname, String category) {
    switch (typname.toLowerCase(Locale.ROOT)) {
      case "int2": case "int4": case "int8": return "int";
      case "date": return "date";
      case "timestamp": case "timestamptz": return "timestamp";
      case "time": case "timetz": return "time";
      case "uuid": return "uuid";
      case "json": case "jsonb": return "json";
      case "bytea": return "bytes";
      case "inet": case "cidr": return "inet";
      default: break;
    }
    switch (category) {
      case "N": return "decimal";
      case "S": return "text";
      case "B": return "bool";
      case "T": return "interval";
      case "E": return "enum";
      case "A": return "array";
      default: return "other";
    }
  }
}
