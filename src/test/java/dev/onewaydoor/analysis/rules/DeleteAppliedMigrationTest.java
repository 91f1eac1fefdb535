package dev.onewaydoor.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code delete-applied-migration}: a migration on the base branch is gone at the head. The file
 * no longer exists, so the finding cannot be asserted with a marker in it.
 */
class DeleteAppliedMigrationTest {
  private static void assertDeleted(List<Finding> findings, String file) {
    assertEquals(1, findings.size(), findings.toString());
    Finding f = findings.get(0);
    assertEquals("delete-applied-migration", f.rule());
    assertEquals(file, f.file());
    assertEquals(1, f.line());
    assertTrue(f.blocking());
    assertTrue(f.message().startsWith(file + " is deleted, but databases have already run it."), f.message());
  }

  @Test
  void positive() {
    assertDeleted(Fixture.repo().applied("db/migration/V1__a.sql", "CREATE TABLE t (id int);")
        .baseOnly("db/migration/V2__b.sql", "ALTER TABLE t ADD COLUMN a int;").check().findings(), "db/migration/V2__b.sql");
  }

  @Test
  void positiveGolangMigrateUpDeletedWithItsDown() {
    assertDeleted(Fixture.repo().applied("migrations/0001_init.up.sql", "CREATE TABLE t (id int);")
        .applied("migrations/0001_init.down.sql", "DROP TABLE t;")
        .baseOnly("migrations/0002_a.up.sql", "ALTER TABLE t ADD COLUMN a int;")
        .baseOnly("migrations/0002_a.down.sql", "ALTER TABLE t DROP COLUMN a;").check().findings(),
        "migrations/0002_a.up.sql");
  }

  @Test
  void negativeNothingDeleted() {
    Fixture.repo().applied("db/migration/V1__a.sql", "CREATE TABLE t (id int);")
        .file("db/migration/V2__b.sql", "ALTER TABLE t ADD COLUMN a int;").expect();
  }

  @Test
  void negativeRepeatableMigrationDeleted() {
    Fixture.repo().applied("db/migration/V1__a.sql", "CREATE TABLE t (id int);")
        .baseOnly("db/migration/R__views.sql", "CREATE VIEW v AS SELECT id FROM t;").expect();
  }
}
