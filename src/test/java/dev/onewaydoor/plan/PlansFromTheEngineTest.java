package dev.onewaydoor.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.testing.Fixture;
import dev.onewaydoor.testing.Postgres;
import java.sql.Connection;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * From migration SQL to a plan with no hand-made subject: the engine's finding of each of the
 * nine planned rules carries what its plan needs (names, the column's shape before and after),
 * and phase 1 — what the suggested change puts in place of the statement — runs on PostgreSQL
 * against the base schema with a row, or is written for MySQL.
 */
class PlansFromTheEngineTest {
  private static final String PG = "CREATE TABLE orders (id bigserial PRIMARY KEY, reference integer NOT NULL, "
      + "note varchar(50), email text, status text NOT NULL DEFAULT 'new');\nCREATE TABLE legacy (id int);\n";
  private static final String ROWS = "INSERT INTO orders (reference, note, email) VALUES (7, 'short', 'a@b.c');"
      + "INSERT INTO legacy VALUES (1);";
  private static final String MYSQL = "CREATE TABLE orders (id bigint PRIMARY KEY, reference int NOT NULL, "
      + "note varchar(50), email text, status varchar(10) NOT NULL DEFAULT 'new');\nCREATE TABLE legacy (id int);\n";

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("rename-column", "ALTER TABLE orders RENAME COLUMN reference TO ref;", "ADD COLUMN ref integer"),
        Arguments.of("rename-table", "ALTER TABLE legacy RENAME TO archive;", "archive"),
        Arguments.of("drop-column", "ALTER TABLE orders DROP COLUMN email;", "-- keep `email`"),
        Arguments.of("drop-table", "DROP TABLE legacy;", "-- keep"),
        Arguments.of("change-column-type", "ALTER TABLE orders ALTER COLUMN reference TYPE text;", "reference_new text"),
        Arguments.of("lossy-type-change", "ALTER TABLE orders ALTER COLUMN note TYPE varchar(5);", "varchar(5)"),
        Arguments.of("set-not-null", "ALTER TABLE orders ALTER COLUMN email SET NOT NULL;", "email"),
        Arguments.of("add-required-column", "ALTER TABLE orders ADD COLUMN channel text NOT NULL;",
            "ADD COLUMN channel text;"),
        Arguments.of("drop-default", "ALTER TABLE orders ALTER COLUMN status DROP DEFAULT;", "status"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void postgresPlanFromTheEngineRunsItsFirstPhase(String rule, String change, String inPhase1) throws Exception {
    Plan plan = planOf(rule, Fixture.repo().applied("db/migration/V1__init.sql", PG)
        .file("db/migration/V2__change.sql", change).findings(rule));
    assertEquals("postgresql", plan.dialect());
    assertTrue(plan.suggestion().contains(inPhase1), plan.suggestion());
    try (Connection db = Postgres.freshDatabase()) {
      Postgres.run(db, PG);
      Postgres.run(db, ROWS);
      PlanRun.applyWithDown(db, plan.phase(1));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void mysqlPlanFromTheEngine(String rule, String change, String inPhase1) {
    String mysqlChange = change.replace("ALTER COLUMN reference TYPE text", "MODIFY reference text NOT NULL")
        .replace("ALTER COLUMN note TYPE varchar(5)", "MODIFY note varchar(5)")
        .replace("ALTER COLUMN email SET NOT NULL", "MODIFY email text NOT NULL")
        .replace("ADD COLUMN channel text NOT NULL", "ADD COLUMN channel varchar(20) NOT NULL");
    Plan plan = planOf(rule, Fixture.repo().applied("db/mysql/V1__init.sql", MYSQL)
        .file("db/mysql/V2__change.sql", mysqlChange).findings(rule));
    assertEquals("mysql", plan.dialect());
    assertEquals(3, plan.phases().size());
    assertTrue(!plan.suggestion().isBlank(), plan.toString());
  }

  private static Plan planOf(String rule, List<Finding> findings) {
    assertEquals(1, findings.size(), rule + " findings: " + findings);
    Plan plan = Planner.plan(findings.get(0), List.of()).orElseThrow();
    assertTrue(plan.available(), rule + ": " + plan.unavailable());
    return plan;
  }
}
