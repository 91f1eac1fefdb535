package dev.onewaydoor.plan;

import static dev.onewaydoor.plan.PlanRun.col;
import static dev.onewaydoor.testing.Postgres.rows;
import static dev.onewaydoor.testing.Postgres.run;
import static dev.onewaydoor.testing.Postgres.schema;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.analysis.SchemaModel.Column;
import dev.onewaydoor.analysis.Severity;
import dev.onewaydoor.analysis.Subject;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which findings get a plan, what a plan says when it cannot be written, and names that need quoting. */
class PlannerTest {
  private static final Column REF = col("booking_ref", "varchar(12)", true, null);

  @Test
  void onlyBlockingFindingsOfPlannedRulesGetAPlan() {
    Subject s = Subject.column("postgresql", "reservations", "booking_ref", REF, REF).renamedTo("code");
    assertTrue(Planner.plan(PlanRun.finding("rename-column", s), List.of()).isPresent());
    Finding warning = PlanRun.finding("rename-column", s).with(Severity.WARNING, false);
    assertTrue(Planner.plan(warning, List.of()).isEmpty(), "a finding configured not to block gets no plan");
    assertTrue(Planner.plan(PlanRun.finding("truncate-table", Subject.table("postgresql", "t")), List.of()).isEmpty());
  }

  @Test
  void aPlanThatCannotBeWrittenSaysWhy() {
    Plan noType = PlanRun.plan("rename-column",
        Subject.column("postgresql", "reservations", "booking_ref", null, null).renamedTo("code"));
    assertFalse(noType.available());
    assertEquals("no migration in the history says what type `reservations.booking_ref` has", noType.unavailable());
    Finding none = new Finding("drop-column", Category.DATA_LOSS, Severity.ERROR, true, PlanRun.finding("x", Subject.NONE).at(),
        "m", "h", Subject.NONE, List.of(), "");
    assertFalse(Planner.plan(none, List.of()).orElseThrow().available());
  }

  @Test
  void reservedAndMixedCaseNamesAreQuotedAndThePlanRuns() throws Exception {
    String base = "CREATE TABLE \"order\" (id serial PRIMARY KEY, \"user\" text NOT NULL, \"Total\" integer);"
        + "INSERT INTO \"order\" (\"user\") VALUES ('ann');";
    Column user = col("user", "text", true, null);
    Plan plan = PlanRun.plan("rename-column", Subject.column("postgresql", "order", "user", user, user).renamedTo("customer"));
    assertTrue(plan.phase(1).up().startsWith("ALTER TABLE \"order\" ADD COLUMN customer text;"), plan.phase(1).up());
    try (Connection db = PlanRun.database(base, "")) {
      run(db, plan.phase(1).up());
      run(db, "INSERT INTO \"order\" (\"user\") VALUES ('bob')");
      assertEquals(List.of("ann", "bob"), rows(db, "SELECT customer FROM \"order\" ORDER BY id"));
      run(db, plan.phase(3).up());
      assertEquals(PlanRun.headIntent(base, "ALTER TABLE \"order\" RENAME COLUMN \"user\" TO customer;"), schema(db));
    }
    Plan mixed = PlanRun.plan("drop-column", Subject.column("mysql", "order", "Total", col("Total", "int", false, null), null));
    assertEquals("ALTER TABLE `order` DROP COLUMN `Total`;\n", mixed.phase(3).up());
  }
}
