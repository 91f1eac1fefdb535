package dev.onewaydoor.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code edit-applied-migration}: a migration on the base branch is changed. Flyway checksums every
 * byte (line endings aside); golang-migrate and the like only miss the edit, so whitespace is free there.
 */
class EditAppliedMigrationTest {
  private static final String EDITED = " already exists on the base branch, so databases have run it.";

  @Test
  void positive() {
    Fixture.repo().applied("db/migration/V1__a.sql", "CREATE TABLE t (id int);")
        .file("db/migration/V1__a.sql", """
            CREATE TABLE t (id bigint); -- expect: edit-applied-migration "db/migration/V1__a.sql already exists on the base branch"
            """).expect();
  }

  @Test
  void positiveGolangMigrateEditThatChangesCode() {
    Fixture.repo().applied("migrations/0001_init.up.sql", "CREATE TABLE t (id int);")
        .applied("migrations/0001_init.down.sql", "DROP TABLE t;")
        .file("migrations/0001_init.up.sql", """
            CREATE TABLE t (id int, name text); -- expect: edit-applied-migration "migrations/0001_init.up.sql already exists on the base branch"
            """).expect();
  }

  @Test
  void positiveWhitespaceOnlyEditOfAFlywayFile() {
    // No marker here: a comment would be more than a whitespace edit.
    List<Finding> f = Fixture.repo().applied("db/migration/V1__a.sql", "CREATE TABLE t (id int);\n")
        .file("db/migration/V1__a.sql", "CREATE TABLE t (\n  id int\n);\n").check().findings();
    assertEquals(1, f.size(), f.toString());
    assertEquals("edit-applied-migration", f.get(0).rule());
    assertEquals("db/migration/V1__a.sql", f.get(0).file());
    assertEquals(1, f.get(0).line());
    assertTrue(f.get(0).blocking());
    assertTrue(f.get(0).message().startsWith("db/migration/V1__a.sql" + EDITED), f.get(0).message());
  }

  @Test
  void negativeWhitespaceOnlyEditOfAGolangMigrateFile() {
    Fixture.repo().applied("migrations/0001_init.up.sql", "CREATE TABLE t (id int,\n  name text);\nCREATE INDEX t_name ON t (name);\n")
        .applied("migrations/0001_init.down.sql", "DROP TABLE t;")
        .file("migrations/0001_init.up.sql", "CREATE TABLE t (id   int,\n\tname text);  \n\n\nCREATE INDEX t_name ON t (name);\n\n")
        .expect();
  }

  @Test
  void negativeReformattedGolangMigrateFile() {
    Fixture.repo().applied("migrations/0001_init.up.sql", "CREATE TABLE t (id int, name text);\n")
        .applied("migrations/0001_init.down.sql", "DROP TABLE t;")
        .file("migrations/0001_init.up.sql", "CREATE TABLE t (\n  id   int,\n  name text\n);\n")
        .expect();
  }

  @Test
  void negativeFixedDownOfAGolangMigrateFile() {
    // The down has not run anywhere yet: correcting it changes no database.
    Fixture.repo().applied("migrations/0001_init.up.sql", "CREATE TABLE t (id int);")
        .applied("migrations/0001_init.down.sql", "DROP TABLE tt;")
        .file("migrations/0001_init.down.sql", "DROP TABLE t;")
        .expect();
  }

  @Test
  void negativeLineEndingsOnlyAndRepeatable() {
    Fixture.repo().applied("db/migration/V1__a.sql", "CREATE TABLE t (id int);\n")
        .file("db/migration/V1__a.sql", "CREATE TABLE t (id int);\r\n").expect();
    Fixture.repo().applied("db/migration/R__views.sql", "CREATE VIEW v AS SELECT 1;")
        .file("db/migration/R__views.sql", "CREATE OR REPLACE VIEW v AS SELECT 2;").expect();
  }
}
