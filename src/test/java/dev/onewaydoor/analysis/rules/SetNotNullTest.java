package dev.onewaydoor.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class SetNotNullTest {
  @Test
  void positive() {
    List<Finding> f = Fixture.repo().applied("db/V1__a.sql", "CREATE TABLE t (email text);")
        .file("db/V2__b.sql", "ALTER TABLE t ALTER COLUMN email SET NOT NULL;").findings("set-not-null");
    assertEquals(1, f.size());
  }

  @Test
  void negativeColumnWithDefaultOrAlreadyNotNull() {
    assertTrue(Fixture.repo().applied("db/V1__a.sql", "CREATE TABLE t (a text DEFAULT 'x', b text NOT NULL);")
        .file("db/V2__b.sql", "ALTER TABLE t ALTER COLUMN a SET NOT NULL;\nALTER TABLE t ALTER COLUMN b SET NOT NULL;")
        .findings("set-not-null").isEmpty());
  }
}
