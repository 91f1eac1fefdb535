package dev.onewaydoor.verify;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A database server that verification runs on: the embedded PostgreSQL, or one given by
 * {@code DATABASE_URL}. It makes scratch databases and drops them; it touches nothing else.
 */
interface Server extends AutoCloseable {
  DbDialect dialect();

  /** {@code PostgreSQL 17.7}, {@code MariaDB 10.11.19}: what findings say they were verified on. */
  String product();

  /** Where it runs, for the summary: {@code embedded, loopback only} or {@code host:port}. */
  String where();

  /** A new, empty scratch database. */
  Scratch create() throws SQLException;

  /** True when {@link #copy} works; otherwise a history is replayed into each new database. */
  boolean copies();

  /** A new scratch database with the contents of {@code source}, which has no open connection. */
  Scratch copy(Scratch source) throws SQLException;

  /** Makes {@code s} a cached template: nothing may connect to it any more, only copy it. */
  void freeze(Scratch s) throws SQLException;

  Connection connect(Scratch s) throws SQLException;

  /** Drops the database and its role; logs, never throws. */
  void drop(Scratch s);

  @Override
  void close();
}
