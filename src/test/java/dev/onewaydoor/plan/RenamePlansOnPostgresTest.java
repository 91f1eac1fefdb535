package dev.onewaydoor.plan;

import static dev.onewaydoor.plan.PlanRun.applyWithDown;
import static dev.onewaydoor.plan.PlanRun.col;
import static dev.onewaydoor.testing.Postgres.rows;
import static dev.onewaydoor.testing.Postgres.run;
import static dev.onewaydoor.testing.Postgres.schema;
import static dev.onewaydoor.testing.Postgres.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.SchemaModel.Column;
import dev.onewaydoor.analysis.Subject;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rename plans applied on PostgreSQL 17 to a schema with rows: both releases work during the expand phase. */
class RenamePlansOnPostgresTest {
  private static final String BASE = "CREATE TABLE reservations (id bigserial PRIMARY KEY, "
      + "booking_ref varchar(12) NOT NULL, fax_number varchar(40), created_at timestamptz NOT NULL DEFAULT now());";
  private static final String ROWS = "INSERT INTO reservations (booking_ref, fax_number) VALUES ('AB12', '555-1'), ('CD34', NULL);";
  private static final Column BOOKING_REF = col("booking_ref", "varchar(12)", true, null);

  @Test
  void renameColumnKeepsBothNamesInSyncThenContractsToTheHeadsSchema() throws Exception {
    Plan plan = PlanRun.plan("rename-column",
        Subject.column("postgresql", "reservations", "booking_ref", BOOKING_REF, BOOKING_REF).renamedTo("confirmation_code"));
    try (Connection db = PlanRun.database(BASE, ROWS)) {
      applyWithDown(db, plan.phase(1));
      assertEquals(List.of("1|AB12", "2|CD34"), rows(db, "SELECT id, confirmation_code FROM reservations ORDER BY id"),
          "the backfill fills the new column");
      run(db, "INSERT INTO reservations (booking_ref) VALUES ('OLD3')"); // the previous release writes the old name
      run(db, "UPDATE reservations SET booking_ref = 'OLD1' WHERE id = 1");
      run(db, "INSERT INTO reservations (confirmation_code) VALUES ('NEW4')"); // the new release writes the new name
      run(db, "UPDATE reservations SET confirmation_code = 'NEW2' WHERE id = 2");
      assertEquals(List.of("1|OLD1|OLD1", "2|NEW2|NEW2", "3|OLD3|OLD3", "4|NEW4|NEW4"),
          rows(db, "SELECT id, booking_ref, confirmation_code FROM reservations ORDER BY id"));
      List<String> expanded = schema(db);
      run(db, plan.phase(3).up());
      assertEquals(PlanRun.headIntent(BASE, "ALTER TABLE reservations RENAME COLUMN booking_ref TO confirmation_code;"),
          schema(db), "after the contract phase the schema is what the pull request wanted");
      assertEquals("OLD1", value(db, "SELECT confirmation_code FROM reservations WHERE id = 1"));
      run(db, plan.phase(3).down());
      assertEquals(expanded, schema(db), "the contract's down returns to the expanded schema");
      assertEquals("NEW2", value(db, "SELECT booking_ref FROM reservations WHERE id = 2"), "with the values");
    }
  }

  @Test
  void renameTableLeavesAnUpdatableViewForThePreviousRelease() throws Exception {
    Plan plan = PlanRun.plan("rename-table", Subject.table("postgresql", "reservations").renamedTo("bookings"));
    try (Connection db = PlanRun.database(BASE, ROWS)) {
      applyWithDown(db, plan.phase(1));
      run(db, "INSERT INTO reservations (booking_ref) VALUES ('OLD3')");
      run(db, "UPDATE reservations SET fax_number = '555-2' WHERE id = 2");
      run(db, "INSERT INTO bookings (booking_ref) VALUES ('NEW4')");
      assertEquals(List.of("1|AB12|555-1", "2|CD34|555-2", "3|OLD3|null", "4|NEW4|null"),
          rows(db, "SELECT id, booking_ref, fax_number FROM reservations ORDER BY id"));
      assertEquals("4", value(db, "SELECT count(*) FROM bookings"));
      applyWithDown(db, plan.phase(3));
      assertEquals(PlanRun.headIntent(BASE, "ALTER TABLE reservations RENAME TO bookings;"), schema(db));
      assertTrue(plan.singleStep().contains("single safe step"));
    }
  }
}
