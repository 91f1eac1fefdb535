package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.testing.Fixture;
import org.junit.jupiter.api.Test;

/** {@code out-of-order-version}: a new migration sorts before the newest one on the base branch. */
class OutOfOrderVersionTest {
  @Test
  void positive() {
    Fixture.repo().applied("db/migration/V1__a.sql", "CREATE TABLE t (id int);")
        .applied("db/migration/V1_10__c.sql", "ALTER TABLE t ADD COLUMN c int;")
        .file("db/migration/V1_9__b.sql", """
            ALTER TABLE t ADD COLUMN b int; -- expect: out-of-order-version "Version 1.9 is lower than 1.10, already on the base branch."
            """).expect();
  }

  @Test
  void positiveGolangMigrate() {
    Fixture.repo().applied("migrations/0001_init.up.sql", "CREATE TABLE t (id int);")
        .applied("migrations/0003_c.up.sql", "ALTER TABLE t ADD COLUMN c int;")
        .file("migrations/0002_b.up.sql", """
            ALTER TABLE t ADD COLUMN b int; -- expect: out-of-order-version "Version 0002 is lower than 0003"
            """).expect();
  }

  @Test
  void negativeHigherVersionAndNoBase() {
    Fixture.repo().applied("db/migration/V1__a.sql", "CREATE TABLE t (id int);")
        .file("db/migration/V2__b.sql", "ALTER TABLE t ADD COLUMN b int;").expect();
    Fixture.repo().file("db/migration/V1__a.sql", "SELECT 1;").expect();
  }

  @Test
  void negativeVersionsCompareAsNumbers() {
    Fixture.repo().applied("db/migration/V9__a.sql", "CREATE TABLE t (id int);")
        .file("db/migration/V10__b.sql", "ALTER TABLE t ADD COLUMN b int;").expect();
  }

  @Test
  void negativeRepeatableHasNoVersion() {
    Fixture.repo().applied("db/migration/V1__a.sql", "CREATE TABLE t (id int);")
        .applied("db/migration/V2__b.sql", "ALTER TABLE t ADD COLUMN b int;")
        .file("db/migration/R__views.sql", "CREATE OR REPLACE VIEW v AS SELECT id FROM t;").expect();
  }
}
