package dev.onewaydoor.migrations;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.onewaydoor.analysis.MigrationUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationFinderTest {
  @Test
  void aMigrationTheChangeDidNotTouchIsReadOnce() {
    MigrationFinder finder = new MigrationFinder(null, null);
    SourceFile v1 = SourceFile.of("db/migration/V1__init.sql", "CREATE TABLE t (id int);");
    MigrationUnit head = finder.read(List.of(v1, SourceFile.of("db/migration/V2__x.sql", "DROP TABLE t;")),
        Progress.NONE).units().stream().filter(u -> u.migration().version().equals("1")).findFirst().orElseThrow();
    MigrationUnit base = finder.read(List.of(v1), Progress.NONE).units().get(0);
    assertSame(head, base);
  }

  @Test
  void anEditedMigrationIsReadAgain() {
    MigrationFinder finder = new MigrationFinder(null, null);
    MigrationUnit head = finder.read(List.of(SourceFile.of("db/migration/V1__init.sql", "CREATE TABLE t (id int);")),
        Progress.NONE).units().get(0);
    MigrationUnit base = finder.read(List.of(SourceFile.of("db/migration/V1__init.sql", "CREATE TABLE t (id bigint);")),
        Progress.NONE).units().get(0);
    assertNotSame(head, base);
  }
}
