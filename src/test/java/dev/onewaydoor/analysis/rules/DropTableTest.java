package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.testing.Fixture;
import org.junit.jupiter.api.Test;

/** {@code drop-table} is judged on the net effect of a release: a table the previous release uses is gone or emptied. */
class DropTableTest {
  private static final String V1 = "CREATE TABLE invoices (id int, total numeric(10,2));";

  private static Fixture deployed() {
    return Fixture.repo().applied("db/V1__init.sql", V1);
  }

  @Test
  void positive() {
    deployed().file("db/V2__drop.sql", """
        -- cleanup
        DROP TABLE IF EXISTS invoices CASCADE; -- expect: drop-table "Drops table `invoices`. Every row in it is deleted"
        """).expect();
  }

  @Test
  void positiveUnknownTableSaysSo() {
    Fixture.repo().file("db/V2__drop.sql", """
        DROP TABLE legacy.audit; -- expect: drop-table "Drops table `legacy.audit` (no earlier migration creates it"
        """).expect();
  }

  @Test
  void positiveTableOfAnEarlierReleaseWithoutBase() {
    // Without a base each migration is its own release, so V1's table is in use when V2 runs.
    Fixture.repo().file("db/V1__init.sql", V1)
        .file("db/V2__drop.sql", "DROP TABLE invoices; -- expect: drop-table \"Drops table `invoices`. Every row\"")
        .expect();
  }

  @Test
  void positiveDroppedAndCreatedAgainEmpty() {
    deployed().file("db/V2__reset.sql", """
        DROP TABLE invoices; -- expect: drop-table "Drops table `invoices` and creates it again without copying its rows (see line 2: re-created here). Every row"
        CREATE TABLE invoices (id int, total numeric(10,2));
        """).expect();
  }

  @Test
  void positiveDroppedAndCreatedAgainInAnotherMigrationOfTheRelease() {
    deployed()
        .file("db/V2__drop.sql", "DROP TABLE invoices; -- expect: drop-table \"Drops table `invoices` and creates it again without copying its rows (see db/V3__create.sql:1: re-created here)\"")
        .file("db/V3__create.sql", "CREATE TABLE invoices (id int, total numeric(10,2));")
        .expect();
  }

  @Test
  void positiveRenamedAsideThenDroppedPointsAtTheDrop() {
    deployed().file("db/V2__drop.sql", """
        ALTER TABLE invoices RENAME TO invoices_old;
        DROP TABLE invoices_old; -- expect: drop-table "Drops table `invoices`. Every row"
        """).expect();
  }

  @Test
  void positiveDroppedAndRefilledFromAViewIsAWarning() {
    deployed().file("db/V2__refill.sql", """
        DROP TABLE invoices; -- expect-warning: drop-table "Drops table `invoices` and creates it again from a query (see line 2: re-created here)"
        CREATE TABLE invoices (id int, total numeric(10,2));
        INSERT INTO invoices SELECT id, total FROM invoice_totals_view;
        """).expect();
  }

  @Test
  void positiveDroppedAndCreatedAsSelectFromAViewIsAWarning() {
    deployed().file("db/V2__refill.sql", """
        DROP TABLE invoices; -- expect-warning: drop-table "Drops table `invoices` and creates it again from a query (see line 2: re-created here)"
        CREATE TABLE invoices AS SELECT id, total FROM invoice_totals_view;
        """).expect();
  }

  @Test
  void positiveDropIfExistsOfATableNoMigrationMadeIsAWarning() {
    deployed().file("db/V2__guard.sql", """
        DROP TABLE IF EXISTS legacy_import; -- expect-warning: drop-table "Drops table `legacy_import` if it exists. No migration creates it"
        """).expect();
  }

  @Test
  void negativeTableCreatedAndDroppedInTheSameMigration() {
    Fixture.repo().file("db/V1__tmp.sql", "CREATE TABLE tmp (id int);\nDROP TABLE tmp;").expect();
  }

  @Test
  void negativeTableCreatedAndDroppedInTheSameRelease() {
    deployed()
        .file("db/V2__stage.sql", "CREATE TABLE staging (id int);\nINSERT INTO staging SELECT id FROM invoices;")
        .file("db/V3__unstage.sql", "DROP TABLE staging;")
        .expect();
  }

  @Test
  void negativeTemporaryTable() {
    deployed().file("db/V2__tmp.sql", """
        CREATE TEMPORARY TABLE invoice_ids AS SELECT id FROM invoices;
        DROP TABLE invoice_ids;
        """).expect();
  }

  @Test
  void negativeRebuiltWithItsRowsCopied() {
    deployed().file("db/V2__rebuild.sql", """
        ALTER TABLE invoices RENAME TO invoices_old;
        CREATE TABLE invoices (id int, total numeric(10,2));
        INSERT INTO invoices SELECT id, total FROM invoices_old;
        DROP TABLE invoices_old;
        """).expect();
  }

  @Test
  void negativeDropView() {
    Fixture.repo().file("db/V1__v.sql", "DROP VIEW IF EXISTS active_invoices;").expect();
  }
}
