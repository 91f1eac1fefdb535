package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.testing.Fixture;
import org.junit.jupiter.api.Test;

/** {@code set-not-null}: after the release a column the previous release may leave NULL is NOT NULL without a default. */
class SetNotNullTest {
  private static Fixture deployed() {
    return Fixture.repo().applied("db/V1__a.sql", "CREATE TABLE t (id int, email text, a text DEFAULT 'x', b text NOT NULL);");
  }

  @Test
  void positive() {
    deployed().file("db/V2__b.sql", """
        UPDATE t SET email = '' WHERE email IS NULL;
        ALTER TABLE t ALTER COLUMN email SET NOT NULL; -- expect: set-not-null "Makes `t.email` NOT NULL without a default. The version running now"
        """).expect();
  }

  @Test
  void positiveMySqlModify() {
    Fixture.repo().applied("db/V1__a.sql", "CREATE TABLE `t` (`id` int, `email` varchar(255)) ENGINE=InnoDB;")
        .file("db/V2__b.sql", """
            ALTER TABLE `t` MODIFY `email` varchar(255) NOT NULL; -- expect: set-not-null "Makes `t.email` NOT NULL without a default"
            """).expect();
  }

  @Test
  void positiveColumnNoMigrationMadeSaysSo() {
    deployed().file("db/V2__b.sql", """
        ALTER TABLE t ALTER COLUMN phone SET NOT NULL; -- expect: set-not-null "Makes `t.phone` NOT NULL. No earlier migration says whether it was nullable"
        """).expect();
  }

  @Test
  void positiveDefaultSetAndDroppedAgainInTheSameRelease() {
    deployed().file("db/V2__b.sql", """
        ALTER TABLE t ALTER COLUMN email SET DEFAULT '';
        ALTER TABLE t ALTER COLUMN email SET NOT NULL; -- expect: set-not-null "Makes `t.email` NOT NULL without a default"
        ALTER TABLE t ALTER COLUMN email DROP DEFAULT;
        """).expect();
  }

  @Test
  void negativeColumnWithDefaultOrAlreadyNotNull() {
    deployed().file("db/V2__b.sql", "ALTER TABLE t ALTER COLUMN a SET NOT NULL;\nALTER TABLE t ALTER COLUMN b SET NOT NULL;")
        .expect();
  }

  @Test
  void negativeDefaultSetInTheSameRelease() {
    deployed()
        .file("db/V2__default.sql", "ALTER TABLE t ALTER COLUMN email SET DEFAULT '';")
        .file("db/V3__not_null.sql", "ALTER TABLE t ALTER COLUMN email SET NOT NULL;")
        .expect();
  }

  @Test
  void negativeSetAndDroppedAgainInTheSameRelease() {
    deployed().file("db/V2__b.sql", """
        ALTER TABLE t ALTER COLUMN email SET NOT NULL;
        ALTER TABLE t ALTER COLUMN email DROP NOT NULL;
        """).expect();
  }

  @Test
  void negativeColumnAddedInTheReleaseIsAddRequiredColumn() {
    deployed().file("db/V2__b.sql", """
        ALTER TABLE t ADD COLUMN tier text; -- expect: add-required-column "Adds `t.tier` as NOT NULL without a default"
        UPDATE t SET tier = 'free';
        ALTER TABLE t ALTER COLUMN tier SET NOT NULL;
        """).expect();
  }

  @Test
  void negativeNewTable() {
    Fixture.repo().withBase().file("db/V1__a.sql", "CREATE TABLE t (email text);\nALTER TABLE t ALTER COLUMN email SET NOT NULL;")
        .expect();
  }
}
