package dev.onewaydoor.verify;

import dev.onewaydoor.config.VerifyConfig;
import java.sql.Connection;
import java.sql.SQLException;

/** One try on one fresh scratch database: its connection and runner. Closing drops the database. */
final class Attempt implements AutoCloseable {
  /** Opens an attempt on a fresh database holding the release's base. */
  interface Factory {
    Attempt open() throws SQLException, OutOfBudget, BaseFails;
  }

  private final Scratch scratch;
  private final Connection connection;
  private final Runner runner;

  private Attempt(Scratch scratch, Connection connection, Runner runner) {
    this.scratch = scratch;
    this.connection = connection;
    this.runner = runner;
  }

  static Attempt open(Scratch s, DbDialect dialect, Budget budget, VerifyConfig limits) throws SQLException {
    Connection c = null;
    try {
      c = s.connect();
      return new Attempt(s, c, new Runner(c, dialect, budget, limits));
    } catch (SQLException e) {
      if (c != null) c.close();
      s.close();
      throw e;
    }
  }

  Runner runner() {
    return runner;
  }

  Snapshot snapshot() throws SQLException {
    return runner.dialect().snapshot(connection);
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // dropping the database ends the session anyway
    }
    scratch.close();
  }
}
