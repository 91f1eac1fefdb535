package dev.onewaydoor.verify;

import dev.onewaydoor.config.VerifyConfig;
import java.sql.Connection;
import java.sql.SQLException;

/** What differs between the databases verification runs on: catalogs, quoting, literals, timeouts. */
interface DbDialect {
  /** {@code postgresql} or {@code mysql}, as {@code Migration.dialect}. */
  String id();

  /** A quoted identifier; {@code a.b} is quoted part by part. */
  String quote(String name);

  /** {@code name} quoted part by part with {@code q}, doubled inside: "a"."b", `a`.`b`. */
  static String quoteParts(String name, char q) {
    StringBuilder sb = new StringBuilder();
    for (String part : name.split("\\.", -1)) {
      if (sb.length() > 0) sb.append('.');
      sb.append(q).append(part.replace(String.valueOf(q), String.valueOf(q) + q)).append(q);
    }
    return sb.toString();
  }

  /** A string literal. */
  String string(String value);

  /** Session limits: statement and lock timeouts on the server's side too. */
  void prepare(Connection c, VerifyConfig limits) throws SQLException;

  /** Ends a transaction a script left open, as the migration tool would when it finishes. */
  void endScript(Connection c);

  Snapshot snapshot(Connection c) throws SQLException;

  boolean isTimeout(SQLException e);

  /** The server's message, first line, without "ERROR:". */
  default String message(SQLException e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    m = m.lines().findFirst().orElse(m).replaceFirst("^(ERROR|FATAL):\\s*", "").replaceFirst("^\\(conn=\\d+\\)\\s*", "");
    return m.length() > 500 ? m.substring(0, 500) + "…" : m;
  }

  /** {@code INSERT} that returns the listed columns as text, or null when the server cannot. */
  String returning(String columns);

  /** A literal of {@code kind} for sample row {@code row}, or null when none is known. */
  default String literal(Snapshot.Column c, int row) {
    int n = row + 1;
    switch (c.kind()) {
      case "int": return String.valueOf(9000 + n);
      case "decimal": return String.valueOf(n);
      case "text": return string(cut("owd" + n, c.length()));
      case "date": return string("2024-01-0" + n);
      case "timestamp": return string("2024-01-0" + n + " 12:00:00");
      case "time": return string("12:00:0" + n);
      case "year": return String.valueOf(2020 + n);
      case "interval": return string(n + " hours");
      case "uuid": return string("00000000-0000-4000-8000-00000000000" + n);
      case "json": return string("{\"owd\": " + n + "}");
      case "inet": return string("10.0.0." + n);
      case "enum": return c.labels().isEmpty() ? null : string(c.labels().get(row % c.labels().size()));
      default: return null;
    }
  }

  private static String cut(String s, int length) {
    return length > 0 && s.length() > length ? s.substring(s.length() - length) : s;
  }
}
