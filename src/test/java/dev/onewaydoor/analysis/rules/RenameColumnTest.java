package dev.onewaydoor.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenameColumnTest {
  @Test
  void positiveTheBookingRefIncident() {
    List<Finding> f = Fixture.repo().applied("db/V1__a.sql", "CREATE TABLE reservations (booking_ref varchar(12));")
        .file("db/V2__b.sql", "ALTER TABLE reservations RENAME COLUMN booking_ref TO confirmation_code;")
        .findings("rename-column");
    assertEquals(1, f.size());
    assertTrue(f.get(0).message().contains("`reservations.booking_ref` to `confirmation_code`"));
    assertTrue(f.get(0).help().contains("drop `booking_ref` in a later release"));
  }

  @Test
  void positiveMySqlChangeColumn() {
    List<Finding> f = Fixture.repo().file("db/V2__b.sql", "ALTER TABLE t CHANGE COLUMN old_name new_name int NOT NULL;")
        .findings("rename-column");
    assertEquals(1, f.size());
  }

  @Test
  void negativeRenameInANewTable() {
    assertTrue(Fixture.repo().file("db/V2__b.sql", "CREATE TABLE t (a int);\nALTER TABLE t RENAME COLUMN a TO b;")
        .findings("rename-column").isEmpty());
  }
}
