package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.testing.Fixture;
import org.junit.jupiter.api.Test;

/** {@code drop-default}: after the release a NOT NULL column has no default, so inserts that leave it out fail. */
class DropDefaultTest {
  private static Fixture deployed() {
    return Fixture.repo().applied("db/V1__a.sql", "CREATE TABLE t (id int, status text NOT NULL DEFAULT 'new', note text DEFAULT 'n');");
  }

  @Test
  void positive() {
    deployed().file("db/V2__b.sql", """
        ALTER TABLE t ALTER COLUMN status DROP DEFAULT; -- expect: drop-default "Drops the default ('new') of NOT NULL column `t.status`. Inserts from the version running now"
        """).expect();
  }

  @Test
  void positiveMySql() {
    Fixture.repo().applied("db/V1__a.sql", "CREATE TABLE `t` (`id` int, `status` varchar(9) NOT NULL DEFAULT 'new') ENGINE=InnoDB;")
        .file("db/V2__b.sql", """
            ALTER TABLE `t` ALTER COLUMN `status` DROP DEFAULT; -- expect: drop-default "Drops the default ('new') of NOT NULL column `t.status`"
            """).expect();
  }

  @Test
  void positiveMySqlModifyWithoutTheDefault() {
    // MODIFY restates the whole column: a definition without DEFAULT drops it.
    Fixture.repo().applied("db/V1__a.sql", "CREATE TABLE `t` (`id` int, `status` varchar(9) NOT NULL DEFAULT 'new') ENGINE=InnoDB;")
        .file("db/V2__b.sql", """
            ALTER TABLE `t` MODIFY `status` varchar(9) NOT NULL; -- expect: drop-default "Drops the default ('new') of NOT NULL column `t.status`"
            """).expect();
  }

  @Test
  void negativeMySqlModifyRestatingTheDefault() {
    Fixture.repo().applied("db/V1__a.sql", "CREATE TABLE `t` (`id` int, `status` varchar(9) NOT NULL DEFAULT 'new') ENGINE=InnoDB;")
        .file("db/V2__b.sql", "ALTER TABLE `t` MODIFY `status` varchar(20) NOT NULL DEFAULT 'new';").expect();
  }

  @Test
  void positiveLaterMigrationOfTheReleaseDoesNotPutItBack() {
    deployed()
        .file("db/V2__b.sql", "ALTER TABLE t ALTER COLUMN status DROP DEFAULT; -- expect: drop-default \"Drops the default ('new')\"")
        .file("db/V3__c.sql", "ALTER TABLE t ALTER COLUMN note SET DEFAULT 'm';")
        .expect();
  }

  @Test
  void negativeNullableColumn() {
    deployed().file("db/V2__b.sql", "ALTER TABLE t ALTER COLUMN note DROP DEFAULT;").expect();
  }

  @Test
  void negativeDroppedAndSetAgainInTheSameRelease() {
    deployed()
        .file("db/V2__b.sql", "ALTER TABLE t ALTER COLUMN status DROP DEFAULT;")
        .file("db/V3__c.sql", "ALTER TABLE t ALTER COLUMN status SET DEFAULT 'new';")
        .expect();
  }

  @Test
  void negativeDefaultReplacedByAnother() {
    deployed().file("db/V2__b.sql", "ALTER TABLE t ALTER COLUMN status SET DEFAULT 'draft';").expect();
  }

  @Test
  void negativeColumnAlsoMadeNullable() {
    deployed().file("db/V2__b.sql", """
        ALTER TABLE t ALTER COLUMN status DROP DEFAULT;
        ALTER TABLE t ALTER COLUMN status DROP NOT NULL;
        """).expect();
  }

  @Test
  void negativeColumnAddedInTheSameRelease() {
    deployed().file("db/V2__b.sql", """
        ALTER TABLE t ADD COLUMN kind text NOT NULL DEFAULT 'a'; -- expect: add-required-column "Adds `t.kind` as NOT NULL without a default"
        ALTER TABLE t ALTER COLUMN kind DROP DEFAULT;
        """).expect();
  }
}
