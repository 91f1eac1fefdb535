package dev.onewaydoor.verify;

import dev.onewaydoor.config.VerifyConfig;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/** MySQL and MariaDB: the catalog from {@code information_schema} ({@link MariaCatalog}), backticks. */
final class MariaDialect implements DbDialect {
  private final boolean mariadb;

  /** {@code mariadb}: the server is MariaDB (it has {@code INSERT … RETURNING}; MySQL has not). */
  MariaDialect(boolean mariadb) {
    this.mariadb = mariadb;
  }

  @Override
  public String id() {
    return "mysql";
  }

  @Override
  public String quote(String name) {
    return DbDialect.quoteParts(name, '`');
  }

  @Override
  public String string(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
  }

  @Override
  public void prepare(Connection c, VerifyConfig limits) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("SET SESSION lock_wait_timeout = " + Math.max(1, limits.lockTimeout().toSeconds()));
      st.execute("SET SESSION innodb_lock_wait_timeout = " + Math.max(1, limits.lockTimeout().toSeconds()));
    }
  }

  @Override
  public void endScript(Connection c) {
    try (Statement st = c.createStatement()) {
      st.execute("COMMIT");
    } catch (SQLException ignored) {
      // the connection is gone; the next statement reports it
    }
  }

  @Override
  public Snapshot snapshot(Connection c) throws SQLException {
    return MariaCatalog.read(c, this);
  }

  @Override
  public boolean isTimeout(SQLException e) {
    // 1969: max_statement_time exceeded (MariaDB); 3024: MAX_EXECUTION_TIME (MySQL); 1317: interrupted
    return e.getErrorCode() == 1969 || e.getErrorCode() == 3024 || e.getErrorCode() == 1317
        || e instanceof java.sql.SQLTimeoutException;
  }

  @Override
  public String returning(String columns) {
    return mariadb ? " RETURNING " + columns : null;
  }

  @Override
  public String literal(Snapshot.Column c, int row) {
    switch (c.kind()) {
      case "bool": return row % 2 == 0 ? "1" : "0";
      case "bytes": return "'owd" + (row + 1) + "'";
      default: return DbDialect.super.literal(c, row);
    }
  }

  /** The kind of value a column takes, from {@code information_schema.COLUMNS.DATA_TYPE}. */
  static String kind(String dataType, String columnType) {
    String t = dataType.toLowerCase(Locale.ROOT);
    if (columnType.toLowerCase(Locale.ROOT).startsWith("tinyint(1)")) return "bool";
    switch (t) {
      case "tinyint": case "smallint": case "mediumint": case "int": case "integer": case "bigint": return "int";
      case "decimal": case "numeric": case "float": case "double": case "real": return "decimal";
      case "char": case "varchar": case "tinytext": case "text": case "mediumtext": case "longtext": return "text";
      case "date": return "date";
      case "datetime": case "timestamp": return "timestamp";
      case "time": return "time";
      case "year": return "year";
      case "json": return "json";
      case "enum": return "enum";
      case "binary": case "varbinary": case "tinyblob": case "blob": case "mediumblob": case "longblob": return "bytes";
      case "uuid": return "uuid";
      case "inet4": case "inet6": return "inet";
      default: return "other";
    }
  }
}
