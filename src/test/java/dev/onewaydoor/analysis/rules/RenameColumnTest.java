package dev.onewaydoor.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Report;
import dev.onewaydoor.testing.Fixture;
import org.junit.jupiter.api.Test;

/** {@code rename-column}: after the release, a column the previous release reads lives under another name. */
class RenameColumnTest {
  private static Fixture deployed() {
    return Fixture.repo().applied("db/V1__a.sql", "CREATE TABLE reservations (id int, booking_ref varchar(12));");
  }

  @Test
  void positiveTheBookingRefIncident() {
    Report r = deployed().file("db/V2__b.sql", """
        ALTER TABLE reservations RENAME COLUMN booking_ref TO confirmation_code; -- expect: rename-column "Renames `reservations.booking_ref` to `confirmation_code`. The version running now"
        """).expect();
    assertTrue(r.findings().get(0).help().contains("drop `booking_ref` in a later release"), r.findings().get(0).help());
  }

  @Test
  void positiveMySqlChangeColumn() {
    Fixture.repo().applied("db/V1__a.sql", "CREATE TABLE `t` (`id` int, `old_name` int NOT NULL) ENGINE=InnoDB;")
        .file("db/V2__b.sql", """
            ALTER TABLE `t` CHANGE COLUMN `old_name` `new_name` int NOT NULL; -- expect: rename-column "Renames `t.old_name` to `new_name`"
            """).expect();
  }

  @Test
  void positiveMySqlRenameColumn() {
    Fixture.repo().applied("db/V1__a.sql", "CREATE TABLE `t` (`id` int, `e` varchar(9)) ENGINE=InnoDB;")
        .file("db/V2__b.sql", """
            ALTER TABLE `t` RENAME COLUMN `e` TO `email`; -- expect: rename-column "Renames `t.e` to `email`"
            """).expect();
  }

  @Test
  void positiveMySqlChangeColumnOfATableNoMigrationMade() {
    Fixture.repo().file("db/V2__b.sql", """
        ALTER TABLE t CHANGE COLUMN old_name new_name int NOT NULL; -- expect: rename-column "Renames `t.old_name` to `new_name`"
        """).expect("rename-column");
  }

  @Test
  void negativeMySqlChangeColumnKeepingItsName() {
    Fixture.repo().applied("db/V1__a.sql", "CREATE TABLE `t` (`id` int, `n` int NOT NULL) ENGINE=InnoDB;")
        .file("db/V2__b.sql", "ALTER TABLE `t` CHANGE COLUMN `n` `n` bigint NOT NULL;").expect();
  }

  @Test
  void positiveRenamedTwiceIsOneFindingNamingBothEnds() {
    deployed().file("db/V2__b.sql", """
        ALTER TABLE reservations RENAME COLUMN booking_ref TO ref; -- expect: rename-column "Renames `reservations.booking_ref` to `code` (see line 2: renamed again)"
        ALTER TABLE reservations RENAME COLUMN ref TO code;
        """).expect();
  }

  @Test
  void negativeRenamedAndRenamedBack() {
    deployed().file("db/V2__b.sql", """
        ALTER TABLE reservations RENAME COLUMN booking_ref TO ref;
        ALTER TABLE reservations RENAME COLUMN ref TO booking_ref;
        """).expect();
  }

  @Test
  void positiveANewColumnTakesTheOldName() {
    // The previous release keeps reading `booking_ref`, which now is a new, empty column.
    deployed().file("db/V2__b.sql", """
        ALTER TABLE reservations RENAME COLUMN booking_ref TO legacy_ref; -- expect: rename-column "Renames `reservations.booking_ref` to `legacy_ref`"
        ALTER TABLE reservations ADD COLUMN booking_ref varchar(12);
        """).expect();
  }

  @Test
  void negativeColumnAddedThenRenamedInTheSameRelease() {
    deployed()
        .file("db/V2__add.sql", "ALTER TABLE reservations ADD COLUMN tmp_code text;")
        .file("db/V3__rename.sql", "ALTER TABLE reservations RENAME COLUMN tmp_code TO code;")
        .expect();
  }

  @Test
  void positiveColumnOfAnEarlierReleaseWithoutBase() {
    Fixture.repo().file("db/V1__a.sql", "CREATE TABLE t (a int);")
        .file("db/V2__b.sql", "ALTER TABLE t RENAME COLUMN a TO b; -- expect: rename-column \"Renames `t.a` to `b`\"")
        .expect();
  }

  @Test
  void negativeRenameInANewTable() {
    Fixture.repo().file("db/V2__b.sql", "CREATE TABLE t (a int);\nALTER TABLE t RENAME COLUMN a TO b;").expect();
  }
}
