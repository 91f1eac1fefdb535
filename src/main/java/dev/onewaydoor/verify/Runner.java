package dev.onewaydoor.verify;

import dev.onewaydoor.analysis.Source;
import dev.onewaydoor.config.VerifyConfig;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs statements on one connection, each cut off at the smaller of the statement timeout and
 * what is left of the budget. The cut-off is our own watchdog (a JDBC cancel), so a migration
 * that sets its own {@code statement_timeout = 0} is stopped all the same.
 */
final class Runner {
  private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "verify-watchdog");
    t.setDaemon(true);
    return t;
  });

  private final Connection connection;
  private final DbDialect dialect;
  private final Budget budget;
  private final VerifyConfig limits;

  Runner(Connection connection, DbDialect dialect, Budget budget, VerifyConfig limits) throws SQLException {
    this.connection = connection;
    this.dialect = dialect;
    this.budget = budget;
    this.limits = limits;
    // A server that stops answering must not hold the run past its budget.
    connection.setNetworkTimeout(WATCHDOG, (int) Math.min(Integer.MAX_VALUE,
        budget.remaining().plusSeconds(15).toMillis()));
    dialect.prepare(connection, limits);
  }

  Connection connection() {
    return connection;
  }

  DbDialect dialect() {
    return dialect;
  }

  /** Runs the scripts in order; returns the first failure, or null when all ran. */
  Failure runAll(List<Script> scripts) throws OutOfBudget {
    for (Script s : scripts) {
      Failure f = run(s);
      if (f != null) return f;
    }
    return null;
  }

  /** Runs the script's statements in order; returns the first failure, or null when all ran. */
  Failure run(Script script) throws OutOfBudget {
    try {
      for (Script.Step step : script.steps()) {
        Failure f = exec(step.at(), step.sql());
        if (f != null) return f;
      }
      return null;
    } finally {
      dialect.endScript(connection);
    }
  }

  /** Rows a query returned (each column as text, null for NULL), or why it failed. */
  record Rows(List<List<String>> rows, Failure failure) {}

  /** Runs one statement; returns its failure, or null. */
  Failure exec(Source at, String sql) throws OutOfBudget {
    return execute(at, sql, null).failure();
  }

  /** Runs a statement that returns rows (a SELECT, an INSERT … RETURNING). */
  Rows rows(Source at, String sql) throws OutOfBudget {
    return execute(at, sql, new ArrayList<>());
  }

  /** Runs a statement inside a transaction that is rolled back: what a probe may do, then undone. */
  Failure rolledBack(Source at, String sql) throws OutOfBudget {
    try {
      connection.setAutoCommit(false);
      try {
        return exec(at, sql);
      } finally {
        connection.rollback();
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      return new Failure(at, e.getSQLState(), dialect.message(e));
    }
  }

  private Rows execute(Source at, String sql, List<List<String>> rows) throws OutOfBudget {
    if (budget.exhausted()) throw new OutOfBudget(at);
    Duration limit = limits.statementTimeout();
    boolean budgetBinds = budget.binds(limit);
    Duration timeout = budgetBinds ? budget.remaining() : limit;
    AtomicBoolean cut = new AtomicBoolean();
    try (Statement st = connection.createStatement()) {
      st.setEscapeProcessing(false);
      ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> cancel(st, cut), timeout.toMillis(), TimeUnit.MILLISECONDS);
      try {
        boolean results = st.execute(sql);
        if (rows != null && results) {
          try (ResultSet rs = st.getResultSet()) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
              List<String> row = new ArrayList<>(n);
              for (int i = 1; i <= n; i++) row.add(rs.getString(i));
              rows.add(row);
            }
          }
          results = st.getMoreResults();
        }
        while (results || st.getUpdateCount() != -1) results = st.getMoreResults();
      } finally {
        watchdog.cancel(false);
      }
      return new Rows(rows, null);
    } catch (SQLException e) {
      if (cut.get() && budgetBinds) throw new OutOfBudget(at);
      if (cut.get() || dialect.isTimeout(e)) {
        return new Rows(rows, new Failure(at, e.getSQLState(), "did not finish within the statement timeout of "
            + Budget.seconds(limit) + " (" + dialect.message(e) + ")"));
      }
      return new Rows(rows, new Failure(at, e.getSQLState(), dialect.message(e)));
    }
  }

  private static void cancel(Statement st, AtomicBoolean cut) {
    cut.set(true);
    try {
      st.cancel();
    } catch (SQLException ignored) {
      // the statement ended meanwhile; the network timeout still bounds a dead server
    }
  }
}
