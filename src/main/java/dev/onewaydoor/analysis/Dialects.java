package dev.onewaydoor.analysis;

/**
 * The dialect ids a {@link Migration} carries, and what each means for the rules: SQLite
 * stores any value in any column (type checks do not apply), only PostgreSQL-like databases
 * build indexes concurrently and validate constraints later.
 */
public final class Dialects {
  public static final String POSTGRESQL = "postgresql";
  public static final String MYSQL = "mysql";
  public static final String SQLITE = "sqlite";
  public static final String COCKROACHDB = "cockroachdb";
  public static final String H2 = "h2";

  private Dialects() {}

  /** SQLite: a column's type is an affinity, not a constraint on its values. */
  public static boolean typeless(String dialect) {
    return SQLITE.equals(dialect);
  }

  /** PostgreSQL and CockroachDB: CONCURRENTLY, NOT VALID, {@code ::} casts, transactional DDL. */
  public static boolean postgresLike(String dialect) {
    return POSTGRESQL.equals(dialect) || COCKROACHDB.equals(dialect);
  }

  public static boolean mysql(String dialect) {
    return MYSQL.equals(dialect);
  }

  /** The name people read: {@code PostgreSQL}, {@code MySQL} … */
  public static String title(String dialect) {
    switch (dialect) {
      case POSTGRESQL: return "PostgreSQL";
      case MYSQL: return "MySQL";
      case SQLITE: return "SQLite";
      case COCKROACHDB: return "CockroachDB";
      case H2: return "H2";
      default: return dialect;
    }
  }
}
