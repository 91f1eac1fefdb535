package dev.onewaydoor.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditAppliedMigrationTest {
  @Test
  void positive() {
    List<Finding> f = Fixture.repo().applied("db/migration/V1__a.sql", "CREATE TABLE t (id int);")
        .file("db/migration/V1__a.sql", "CREATE TABLE t (id bigint);").findings("edit-applied-migration");
    assertEquals(1, f.size());
    assertEquals("db/migration/V1__a.sql", f.get(0).file());
  }

  @Test
  void negativeLineEndingsOnlyAndRepeatable() {
    assertTrue(Fixture.repo().applied("db/migration/V1__a.sql", "CREATE TABLE t (id int);\n")
        .file("db/migration/V1__a.sql", "CREATE TABLE t (id int);\r\n").findings("edit-applied-migration").isEmpty());
    assertTrue(Fixture.repo().applied("db/migration/R__views.sql", "CREATE VIEW v AS SELECT 1;")
        .file("db/migration/R__views.sql", "CREATE OR REPLACE VIEW v AS SELECT 2;").findings("edit-applied-migration").isEmpty());
  }
}
