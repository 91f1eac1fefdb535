package dev.onewaydoor.plan;

import static dev.onewaydoor.plan.PlanRun.applyWithDown;
import static dev.onewaydoor.plan.PlanRun.col;
import static dev.onewaydoor.testing.Postgres.rows;
import static dev.onewaydoor.testing.Postgres.run;
import static dev.onewaydoor.testing.Postgres.schema;
import static dev.onewaydoor.testing.Postgres.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onewaydoor.analysis.SchemaModel.Column;
import dev.onewaydoor.analysis.Subject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Type, NOT NULL and default plans on PostgreSQL 17. */
class TypeAndConstraintPlansOnPostgresTest {
  private static final String BASE = "CREATE TABLE orders (id bigserial PRIMARY KEY, reference integer NOT NULL DEFAULT 0, "
      + "note varchar(50), email text, status text NOT NULL DEFAULT 'new');";
  private static final String ROWS = "INSERT INTO orders (reference, note, email) VALUES (7, 'short', 'a@b.c'), (8, NULL, 'd@e.f');";

  @Test
  void changeColumnTypeFillsAShadowColumnThenSwaps() throws Exception {
    Column before = col("reference", "integer", true, "0");
    Column after = col("reference", "text", true, "0");
    Plan plan = PlanRun.plan("change-column-type", Subject.column("postgresql", "orders", "reference", before, after));
    try (Connection db = PlanRun.database(BASE, ROWS)) {
      applyWithDown(db, plan.phase(1));
      run(db, "INSERT INTO orders (reference) VALUES (42)"); // the previous release writes integers
      run(db, "UPDATE orders SET reference = 9 WHERE id = 2");
      assertEquals(List.of("7|7", "9|9", "42|42"), rows(db, "SELECT reference, reference_new FROM orders ORDER BY id"));
      assertEquals("0", value(db, plan.phase(3).check()));
      run(db, plan.phase(3).up());
      assertEquals(PlanRun.headIntent(BASE, "ALTER TABLE orders ALTER COLUMN reference TYPE text;"), schema(db));
      assertEquals(List.of("7", "9", "42"), rows(db, "SELECT reference FROM orders ORDER BY id"));
    }
  }

  @Test
  void lossyTypeChangeIsCheckedBeforeTheContract() throws Exception {
    Column before = col("note", "varchar(50)", false, null);
    Column after = col("note", "varchar(5)", false, null);
    Plan plan = PlanRun.plan("lossy-type-change", Subject.column("postgresql", "orders", "note", before, after));
    try (Connection db = PlanRun.database(BASE, ROWS)) {
      applyWithDown(db, plan.phase(1));
      assertEquals("0", value(db, plan.phase(3).check()), "every value fits");
      run(db, "INSERT INTO orders (note) VALUES ('much too long')"); // the previous release still works
      assertEquals("1", value(db, plan.phase(3).check()), "the check counts the value that would be cut");
      run(db, "DELETE FROM orders WHERE note = 'much too long'");
      run(db, plan.phase(3).up());
      assertEquals(PlanRun.headIntent(BASE, "ALTER TABLE orders ALTER COLUMN note TYPE varchar(5);"), schema(db));
    }
  }

  @Test
  void setNotNullWaitsUntilTheNullsAreGone() throws Exception {
    Column email = col("email", "text", false, null);
    Plan plan = PlanRun.plan("set-not-null", Subject.column("postgresql", "orders", "email", email, col("email", "text", true, null)));
    try (Connection db = PlanRun.database(BASE, ROWS)) {
      applyWithDown(db, plan.phase(1));
      run(db, "INSERT INTO orders (email) VALUES (NULL)"); // the previous release may still write NULL
      assertEquals("1", value(db, plan.phase(3).check()));
      assertThrows(SQLException.class, () -> run(db, plan.phase(3).up()), "the contract refuses NULLs");
      run(db, "UPDATE orders SET email = 'unknown' WHERE email IS NULL");
      applyWithDown(db, plan.phase(3));
      assertEquals(PlanRun.headIntent(BASE, "ALTER TABLE orders ALTER COLUMN email SET NOT NULL;"), schema(db));
    }
  }

  @Test
  void addRequiredColumnStartsNullable() throws Exception {
    Column channel = col("channel", "varchar(20)", true, null);
    Plan plan = PlanRun.plan("add-required-column", Subject.column("postgresql", "orders", "channel", null, channel));
    try (Connection db = PlanRun.database(BASE, ROWS)) {
      applyWithDown(db, plan.phase(1));
      run(db, "INSERT INTO orders (reference) VALUES (3)"); // the previous release does not know the column
      run(db, "UPDATE orders SET channel = 'web' WHERE channel IS NULL");
      assertEquals("0", value(db, plan.phase(3).check()));
      applyWithDown(db, plan.phase(3));
      assertEquals(PlanRun.headIntent(BASE, "ALTER TABLE orders ADD COLUMN channel varchar(20) NOT NULL;"), schema(db));
    }
  }

  @Test
  void dropDefaultWaitsUntilEveryInsertSetsTheColumn() throws Exception {
    Column status = col("status", "text", true, "'new'");
    Plan plan = PlanRun.plan("drop-default", Subject.column("postgresql", "orders", "status", status, col("status", "text", true, null)));
    try (Connection db = PlanRun.database(BASE, ROWS)) {
      applyWithDown(db, plan.phase(1));
      run(db, "INSERT INTO orders (reference) VALUES (5)"); // the previous release relies on the default
      applyWithDown(db, plan.phase(3));
      assertEquals(PlanRun.headIntent(BASE, "ALTER TABLE orders ALTER COLUMN status DROP DEFAULT;"), schema(db));
    }
  }
}
