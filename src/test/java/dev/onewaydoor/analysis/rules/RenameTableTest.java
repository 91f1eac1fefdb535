package dev.onewaydoor.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenameTableTest {
  @Test
  void positivePostgres() {
    List<Finding> f = Fixture.repo().file("db/V2__r.sql", "ALTER TABLE bookings RENAME TO reservations;")
        .findings("rename-table");
    assertEquals(1, f.size());
    assertTrue(f.get(0).help().contains("`reservations`"));
  }

  @Test
  void positiveMySqlRenameTable() {
    assertEquals(2, Fixture.repo().file("db/V2__r.sql", "RENAME TABLE a TO b, c TO d;").findings("rename-table").size());
  }

  @Test
  void negativeRenameIndexOrConstraint() {
    assertTrue(Fixture.repo().file("db/V2__r.sql",
        "ALTER INDEX idx_a RENAME TO idx_b;\nALTER TABLE t RENAME CONSTRAINT c1 TO c2;").findings("rename-table").isEmpty());
  }
}
