package dev.onewaydoor.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeleteAppliedMigrationTest {
  @Test
  void positive() {
    List<Finding> f = Fixture.repo().applied("db/migration/V1__a.sql", "CREATE TABLE t (id int);")
        .baseOnly("db/migration/V2__b.sql", "ALTER TABLE t ADD COLUMN a int;").findings("delete-applied-migration");
    assertEquals(1, f.size());
    assertEquals("db/migration/V2__b.sql", f.get(0).file());
  }

  @Test
  void negativeNothingDeleted() {
    assertTrue(Fixture.repo().applied("db/migration/V1__a.sql", "CREATE TABLE t (id int);")
        .file("db/migration/V2__b.sql", "ALTER TABLE t ADD COLUMN a int;").findings("delete-applied-migration").isEmpty());
  }
}
