package dev.onewaydoor.sql;

import java.util.Locale;

/** The SQL dialects the front end understands. PostgreSQL is first-class. */
public enum Dialect {
  POSTGRESQL,
  /** MySQL and MariaDB: backtick identifiers, {@code #} comments, backslash escapes, DELIMITER. */
  MYSQL;

  /** Parses a config or CLI value such as {@code postgres}, {@code mariadb}; throws on anything else. */
  public static Dialect parse(String value) {
    switch (value.toLowerCase(Locale.ROOT)) {
      case "postgresql": case "postgres": case "pg": return POSTGRESQL;
      case "mysql": case "mariadb": return MYSQL;
      default: throw new IllegalArgumentException(
          "unknown dialect '" + value + "' (expected postgresql or mysql)");
    }
  }

  /** Guesses the dialect of a script from MySQL-only markers; PostgreSQL otherwise. */
  public static Dialect guess(String sql) {
    int limit = Math.min(sql.length(), 64_000);
    String head = sql.substring(0, limit);
    if (head.indexOf('`') >= 0) return MYSQL;
    String upper = head.toUpperCase(Locale.ROOT);
    if (upper.contains("ENGINE=") || upper.contains("AUTO_INCREMENT") || upper.contains("\nDELIMITER ")
        || upper.startsWith("DELIMITER ")) {
      return MYSQL;
    }
    return POSTGRESQL;
  }
}
