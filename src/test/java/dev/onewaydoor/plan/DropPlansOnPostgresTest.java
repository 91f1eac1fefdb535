package dev.onewaydoor.plan;

import static dev.onewaydoor.plan.PlanRun.applyWithDown;
import static dev.onewaydoor.plan.PlanRun.col;
import static dev.onewaydoor.testing.Postgres.rows;
import static dev.onewaydoor.testing.Postgres.run;
import static dev.onewaydoor.testing.Postgres.schema;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.SchemaModel.Column;
import dev.onewaydoor.analysis.Subject;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Drop plans on PostgreSQL 17: the column or table stays while the previous release uses it. */
class DropPlansOnPostgresTest {
  private static final String BASE = "CREATE TABLE reservations (id bigserial PRIMARY KEY, "
      + "booking_ref varchar(12) NOT NULL, fax_number varchar(40));\nCREATE TABLE legacy_invoices (id int PRIMARY KEY);";
  private static final String ROWS = "INSERT INTO reservations (booking_ref, fax_number) VALUES ('AB12', '555-1');";

  @Test
  void dropNullableColumnChangesNothingUntilTheContract() throws Exception {
    Column fax = col("fax_number", "varchar(40)", false, null);
    Plan plan = PlanRun.plan("drop-column", Subject.column("postgresql", "reservations", "fax_number", fax, null));
    assertFalse(plan.phase(1).changesSchema());
    try (Connection db = PlanRun.database(BASE, ROWS)) {
      List<String> base = schema(db);
      applyWithDown(db, plan.phase(1));
      assertEquals(base, schema(db));
      run(db, plan.phase(3).up());
      assertEquals(PlanRun.headIntent(BASE, "ALTER TABLE reservations DROP COLUMN fax_number;"), schema(db));
      run(db, plan.phase(3).down());
      assertEquals(base, schema(db), "the contract's down brings the column back (not its values)");
      assertTrue(plan.phase(3).down().contains("its values are not"));
    }
  }

  @Test
  void dropRequiredColumnLetsTheNewReleaseLeaveItOut() throws Exception {
    Column ref = col("booking_ref", "varchar(12)", true, null);
    Plan plan = PlanRun.plan("drop-column", Subject.column("postgresql", "reservations", "booking_ref", ref, null));
    try (Connection db = PlanRun.database(BASE, ROWS)) {
      applyWithDown(db, plan.phase(1));
      run(db, "INSERT INTO reservations (fax_number) VALUES ('555-9')"); // the new release no longer writes it
      run(db, "INSERT INTO reservations (booking_ref) VALUES ('OLD2')"); // the previous release still does
      assertEquals(List.of("AB12", "null", "OLD2"), rows(db, "SELECT booking_ref FROM reservations ORDER BY id"));
      run(db, plan.phase(3).up());
      assertEquals(PlanRun.headIntent(BASE, "ALTER TABLE reservations DROP COLUMN booking_ref;"), schema(db));
    }
  }

  @Test
  void dropTableWaitsForTheContract() throws Exception {
    Plan plan = PlanRun.plan("drop-table", Subject.table("postgresql", "legacy_invoices"));
    try (Connection db = PlanRun.database(BASE, ROWS + "INSERT INTO legacy_invoices VALUES (1);")) {
      applyWithDown(db, plan.phase(1));
      assertEquals(List.of("1"), rows(db, "SELECT id FROM legacy_invoices"));
      run(db, plan.phase(3).up());
      assertEquals(PlanRun.headIntent(BASE, "DROP TABLE legacy_invoices;"), schema(db));
      assertTrue(plan.phase(3).down().contains("cannot come back"));
      assertEquals(List.of(PlanRun.USE), plan.phase(2).checklist());
    }
  }
}
