package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.testing.Fixture;
import org.junit.jupiter.api.Test;

/** {@code delete-rows}: DELETE of rows released code wrote; no rollback restores them. */
class DeleteRowsTest {
  private static Fixture deployed() {
    return Fixture.repo().applied("db/V1__a.sql", "CREATE TABLE sessions (id int, user_id int, expires timestamptz);");
  }

  @Test
  void positiveWithoutWhere() {
    deployed().file("db/V2__d.sql", """
        DELETE FROM sessions; -- expect: delete-rows "Deletes every row of `sessions` (no WHERE clause). A down migration"
        """).expect();
  }

  @Test
  void positiveWithWhere() {
    deployed().file("db/V2__d.sql", """
        DELETE FROM ONLY sessions WHERE expires < now(); -- expect: delete-rows "Deletes rows from `sessions` (those matching the WHERE clause)"
        """).expect();
  }

  @Test
  void positiveDeleteUsingJoin() {
    Fixture.repo().file("db/V2__d.sql", """
        DELETE FROM sessions s USING users u WHERE s.user_id = u.id AND u.banned; -- expect: delete-rows "Deletes rows from `sessions`"
        """).expect();
  }

  @Test
  void positiveMySql() {
    Fixture.repo().applied("db/V1__a.sql", "CREATE TABLE `sessions` (`id` int) ENGINE=InnoDB;")
        .file("db/V2__d.sql", "DELETE FROM `sessions` WHERE `id` < 10; -- expect: delete-rows \"Deletes rows from `sessions`\"")
        .expect();
  }

  @Test
  void negative() {
    deployed().file("db/V2__d.sql", "UPDATE sessions SET expires = now();\nINSERT INTO sessions (id) VALUES (1);").expect();
  }

  @Test
  void negativeTableCreatedInTheSameRelease() {
    deployed()
        .file("db/V2__stage.sql", "CREATE TABLE staging (id int);\nINSERT INTO staging SELECT id FROM sessions;")
        .file("db/V3__dedupe.sql", "DELETE FROM staging WHERE id IS NULL;")
        .expect();
  }

  @Test
  void negativeTemporaryTable() {
    deployed().file("db/V2__d.sql", """
        CREATE TEMPORARY TABLE ids AS SELECT id FROM sessions;
        DELETE FROM ids WHERE id < 0;
        """).expect();
  }
}
