package dev.onewaydoor.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Report;
import dev.onewaydoor.testing.Fixture;
import org.junit.jupiter.api.Test;

/** {@code rename-table}: after the release, the previous release's name for a table is gone. */
class RenameTableTest {
  private static Fixture deployed() {
    return Fixture.repo().applied("db/V1__a.sql", "CREATE TABLE bookings (id int, ref text);");
  }

  @Test
  void positivePostgres() {
    Report r = deployed().file("db/V2__r.sql", """
        ALTER TABLE bookings RENAME TO reservations; -- expect: rename-table "Renames table `bookings` to `reservations`. The version running now still queries `bookings`"
        """).expect();
    assertTrue(r.findings().get(0).help().contains("`reservations`"), r.findings().get(0).help());
  }

  @Test
  void positiveTableNoMigrationMade() {
    Fixture.repo().file("db/V2__r.sql", """
        ALTER TABLE IF EXISTS legacy RENAME TO archive; -- expect: rename-table "Renames table `legacy` to `archive`"
        """).expect();
  }

  @Test
  void positiveMySqlRenameTable() {
    Fixture.repo().file("db/V2__r.sql", """
        RENAME TABLE a TO b, c TO d; -- expect: rename-table "Renames table `a` to `b`"  expect: rename-table "Renames table `c` to `d`"
        """).expect();
  }

  @Test
  void positiveRenamedTwiceIsOneFindingNamingBothEnds() {
    deployed().file("db/V2__r.sql", """
        ALTER TABLE bookings RENAME TO booking; -- expect: rename-table "Renames table `bookings` to `reservations` (see line 2: renamed again)"
        ALTER TABLE booking RENAME TO reservations;
        """).expect();
  }

  @Test
  void positiveANewTableTakesTheOldName() {
    deployed().file("db/V2__r.sql", """
        ALTER TABLE bookings RENAME TO bookings_2023; -- expect: rename-table "Renames table `bookings` to `bookings_2023`"
        CREATE TABLE bookings (id int, ref text);
        """).expect();
  }

  @Test
  void negativeRenamedAndRenamedBack() {
    deployed().file("db/V2__r.sql", """
        ALTER TABLE bookings RENAME TO bookings_tmp;
        ALTER TABLE bookings_tmp RENAME TO bookings;
        """).expect();
  }

  @Test
  void negativeTableCreatedAndRenamedInTheSameRelease() {
    deployed()
        .file("db/V2__create.sql", "CREATE TABLE staging (id int);")
        .file("db/V3__rename.sql", "ALTER TABLE staging RENAME TO guests;")
        .expect();
  }

  @Test
  void negativeMovedAsideAndReplacedUnderTheSameName() {
    // The previous release keeps its name and finds every column and row in the rebuilt table.
    deployed().file("db/V2__r.sql", """
        ALTER TABLE bookings RENAME TO bookings_old;
        CREATE TABLE bookings (id int, ref text);
        INSERT INTO bookings SELECT id, ref FROM bookings_old;
        """).expect();
  }

  @Test
  void negativeRenameIndexOrConstraint() {
    deployed().file("db/V2__r.sql", "ALTER INDEX idx_a RENAME TO idx_b;\nALTER TABLE bookings RENAME CONSTRAINT c1 TO c2;")
        .expect();
  }
}
