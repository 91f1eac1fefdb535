package dev.onewaydoor.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.CodeUse;
import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.analysis.SchemaModel.Column;
import dev.onewaydoor.analysis.Severity;
import dev.onewaydoor.analysis.Source;
import dev.onewaydoor.analysis.Subject;
import dev.onewaydoor.testing.Postgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Test helper: findings with subjects, plans for them, and phases applied on a real PostgreSQL. */
final class PlanRun {
  static final CodeUse USE = new CodeUse(new Source("src/main/java/Repo.java", 42, 20,
      "SELECT booking_ref FROM reservations"), "certain", "SQL naming reservations");

  private PlanRun() {}

  static Finding finding(String rule, Subject subject) {
    Source at = new Source("db/migration/V2__change.sql", 1, 1, "-- the offending statement");
    return new Finding(rule, Category.BREAKS_PREVIOUS_VERSION, Severity.ERROR, true, at, "m", "h", subject,
        List.of(at), "");
  }

  static Column col(String name, String type, boolean notNull, String defaultValue) {
    return new Column(name, type, notNull, defaultValue);
  }

  static Plan plan(String rule, Subject subject) {
    return Planner.plan(finding(rule, subject), List.of(USE)).orElseThrow();
  }

  /** A database holding {@code ddl} (and {@code rows}); the caller closes it. */
  static Connection database(String ddl, String rows) throws SQLException {
    Connection c = Postgres.freshDatabase();
    Postgres.run(c, ddl);
    if (!rows.isEmpty()) Postgres.run(c, rows);
    return c;
  }

  /** The schema the head's own migration leaves: {@code ddl} then {@code headSql} on an empty database. */
  static List<String> headIntent(String ddl, String headSql) throws SQLException {
    try (Connection c = database(ddl, "")) {
      Postgres.run(c, headSql);
      return Postgres.schema(c);
    }
  }

  /** Runs a phase's up, checks its down restores the schema before it, and runs the up again. */
  static void applyWithDown(Connection c, Phase phase) throws SQLException {
    List<String> before = Postgres.schema(c);
    Postgres.run(c, phase.up());
    List<String> after = Postgres.schema(c);
    Postgres.run(c, phase.down());
    assertEquals(before, Postgres.schema(c), "phase " + phase.number() + " down restores the schema before its up");
    Postgres.run(c, phase.up());
    assertEquals(after, Postgres.schema(c), "phase " + phase.number() + " up runs again after its down");
  }
}
