package dev.onewaydoor.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissingDownMigrationTest {
  @Test
  void positiveGolangMigrateWithoutDownFile() {
    List<Finding> f = Fixture.repo().file("migrations/0002_add.up.sql", "ALTER TABLE t ADD COLUMN a int;")
        .findings("missing-down-migration");
    assertEquals(1, f.size());
    assertEquals("migrations/0002_add.up.sql", f.get(0).file());
  }

  @Test
  void positiveEmptyDbmateDown() {
    List<Finding> f = Fixture.repo().file("db/migrations/20240101_add.sql",
        "-- migrate:up\nALTER TABLE t ADD COLUMN a int;\n\n-- migrate:down\n").findings("missing-down-migration");
    assertEquals(1, f.size());
    assertTrue(f.get(0).message().contains("is empty"));
  }

  @Test
  void negativeDownPresent() {
    assertTrue(Fixture.repo().file("migrations/0002_add.up.sql", "ALTER TABLE t ADD COLUMN a int;")
        .file("migrations/0002_add.down.sql", "ALTER TABLE t DROP COLUMN a;").findings("missing-down-migration").isEmpty());
  }

  @Test
  void negativeFrameworkWithoutDowns() {
    assertTrue(Fixture.repo().file("db/migration/V2__add.sql", "ALTER TABLE t ADD COLUMN a int;")
        .findings("missing-down-migration").isEmpty());
    assertTrue(Fixture.repo().file("prisma/migrations/20240101_x/migration.sql", "ALTER TABLE t ADD COLUMN a int;")
        .findings("missing-down-migration").isEmpty());
  }

  @Test
  void positiveFlywayOnceTheRepositoryUsesUndo() {
    List<Finding> f = Fixture.repo().file("db/migration/V1__a.sql", "CREATE TABLE t (id int);")
        .file("db/migration/U1__a.sql", "DROP TABLE t;")
        .file("db/migration/V2__b.sql", "ALTER TABLE t ADD COLUMN a int;").findings("missing-down-migration");
    assertEquals(1, f.size());
    assertEquals("db/migration/V2__b.sql", f.get(0).file());
  }
}
