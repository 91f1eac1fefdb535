package dev.onewaydoor.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class DropDefaultTest {
  @Test
  void positive() {
    List<Finding> f = Fixture.repo().applied("db/V1__a.sql", "CREATE TABLE t (status text NOT NULL DEFAULT 'new');")
        .file("db/V2__b.sql", "ALTER TABLE t ALTER COLUMN status DROP DEFAULT;").findings("drop-default");
    assertEquals(1, f.size());
  }

  @Test
  void negativeNullableColumn() {
    assertTrue(Fixture.repo().applied("db/V1__a.sql", "CREATE TABLE t (status text DEFAULT 'new');")
        .file("db/V2__b.sql", "ALTER TABLE t ALTER COLUMN status DROP DEFAULT;").findings("drop-default").isEmpty());
  }
}
