package dev.onewaydoor.verify;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * One session as the server's superuser (or the URL's user) for creating and dropping scratch
 * databases, shared by all runs (logging in costs ~15 ms) and used by one at a time. A lost
 * session is opened again once.
 */
final class AdminSession implements AutoCloseable {
  /** Work on the session. */
  interface Work<T> {
    T run(Statement st) throws SQLException;
  }

  private final String url;
  private final Properties props;
  private Connection session;

  AdminSession(String url, Properties props) {
    this.url = url;
    this.props = props;
  }

  synchronized <T> T run(Work<T> work) throws SQLException {
    for (int attempt = 0; ; attempt++) {
      if (session == null || session.isClosed()) session = DriverManager.getConnection(url, props);
      try (Statement st = session.createStatement()) {
        return work.run(st);
      } catch (SQLException e) {
        boolean lost = e.getSQLState() != null && e.getSQLState().startsWith("08");
        if (!lost || attempt > 0) throw e;
        session = null;
      }
    }
  }

  /** Runs a statement and returns its rows as text (none for a command). */
  List<List<String>> rows(String sql) throws SQLException {
    return run(st -> {
      List<List<String>> rows = new ArrayList<>();
      if (!st.execute(sql)) return rows;
      try (ResultSet rs = st.getResultSet()) {
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          List<String> row = new ArrayList<>();
          for (int i = 1; i <= n; i++) row.add(rs.getString(i));
          rows.add(row);
        }
      }
      return rows;
    });
  }

  @Override
  public synchronized void close() {
    try {
      if (session != null) session.close();
    } catch (SQLException ignored) {
      // the server stops next
    }
    session = null;
  }
}
