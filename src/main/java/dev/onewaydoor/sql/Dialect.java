package dev.onewaydoor.sql;

import dev.onewaydoor.analysis.Dialects;
import java.util.Locale;

/**
 * The SQL dialects the front end reads. PostgreSQL is first-class; CockroachDB and H2 are
 * read like it; MySQL/MariaDB and SQLite have lexical rules of their own (backticks, {@code #}
 * comments, backslash escapes).
 */
public enum Dialect {
  POSTGRESQL(Dialects.POSTGRESQL),
  /** MySQL and MariaDB: backtick identifiers, {@code #} comments, backslash escapes, DELIMITER. */
  MYSQL(Dialects.MYSQL),
  /** SQLite: backtick and bracket identifiers; any value in any column. */
  SQLITE(Dialects.SQLITE),
  /** CockroachDB: PostgreSQL's syntax and types. */
  COCKROACHDB(Dialects.COCKROACHDB),
  H2(Dialects.H2);

  private final String id;

  Dialect(String id) {
    this.id = id;
  }

  /** The id findings and histories carry ({@link Dialects}). */
  public String id() {
    return id;
  }

  /** Dollar-quoted bodies and psql meta-commands. */
  boolean postgresLexing() {
    return this == POSTGRESQL || this == COCKROACHDB || this == H2;
  }

  /** Backticks quote identifiers. */
  boolean backticks() {
    return this == MYSQL || this == SQLITE;
  }

  /**
   * Parses a config, CLI or path value such as {@code postgres}, {@code mariadb}, {@code sqlite3};
   * throws on anything else.
   */
  public static Dialect parse(String value) {
    Dialect d = fromName(value);
    if (d == null) {
      throw new IllegalArgumentException("unknown dialect '" + value
          + "' (expected postgresql, mysql, mariadb, sqlite, cockroachdb or h2)");
    }
    return d;
  }

  /** The dialect a name stands for (a folder, a file-name part, a config value), or null. */
  public static Dialect fromName(String value) {
    switch (value.toLowerCase(Locale.ROOT)) {
      case "postgresql": case "postgres": case "pg": case "psql": return POSTGRESQL;
      case "mysql": case "mariadb": return MYSQL;
      case "sqlite": case "sqlite3": return SQLITE;
      case "cockroach": case "cockroachdb": case "crdb": return COCKROACHDB;
      case "h2": return H2;
      default: return null;
    }
  }
}
