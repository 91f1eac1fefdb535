package dev.onewaydoor.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class DropSchemaTest {
  @Test
  void positive() {
    List<Finding> f = Fixture.repo().file("db/V3__s.sql", "DROP SCHEMA IF EXISTS reporting CASCADE;").findings("drop-schema");
    assertEquals(1, f.size());
    assertTrue(f.get(0).message().contains("with CASCADE"));
  }

  @Test
  void negative() {
    assertTrue(Fixture.repo().file("db/V3__s.sql", "CREATE SCHEMA reporting;\nDROP TYPE mood;")
        .findings("drop-schema").isEmpty());
  }
}
