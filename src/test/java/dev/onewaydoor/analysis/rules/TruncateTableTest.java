package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.testing.Fixture;
import org.junit.jupiter.api.Test;

/** {@code truncate-table}: TRUNCATE of a table released code already filled. */
class TruncateTableTest {
  private static final String V1 = "CREATE TABLE sessions (id int);";

  private static Fixture deployed() {
    return Fixture.repo().applied("db/V1__a.sql", V1);
  }

  @Test
  void positive() {
    deployed().file("db/V2__t.sql", """
        TRUNCATE TABLE ONLY sessions, audit RESTART IDENTITY; -- expect: truncate-table "Truncates `sessions`: every row is deleted"  expect: truncate-table "Truncates `audit`: every row"
        """).expect();
  }

  @Test
  void positiveMySql() {
    Fixture.repo().applied("db/V1__a.sql", "CREATE TABLE `sessions` (`id` int) ENGINE=InnoDB;")
        .file("db/V2__t.sql", "TRUNCATE `sessions`; -- expect: truncate-table \"Truncates `sessions`\"").expect();
  }

  @Test
  void positiveTableOfAnEarlierReleaseWithoutBase() {
    Fixture.repo().file("db/V1__a.sql", V1)
        .file("db/V2__t.sql", "TRUNCATE sessions; -- expect: truncate-table \"Truncates `sessions`\"").expect();
  }

  @Test
  void negative() {
    deployed().file("db/V2__t.sql", """
        DELETE FROM sessions WHERE id < 0; -- expect: delete-rows "Deletes rows from `sessions`"
        """).expect();
  }

  @Test
  void negativeTableCreatedInTheSameRelease() {
    deployed()
        .file("db/V2__stage.sql", "CREATE TABLE staging (id int);\nINSERT INTO staging SELECT id FROM sessions;")
        .file("db/V3__reset.sql", "TRUNCATE staging;")
        .expect();
  }

  @Test
  void negativeTemporaryTable() {
    deployed().file("db/V2__t.sql", """
        CREATE TEMP TABLE ids AS SELECT id FROM sessions;
        TRUNCATE ids;
        """).expect();
  }
}
