package dev.onewaydoor.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class DropTableTest {
  private static final String V1 = "CREATE TABLE invoices (id int PRIMARY KEY, total numeric(10,2));";

  @Test
  void positive() {
    List<Finding> f = Fixture.repo().applied("db/V1__init.sql", V1)
        .file("db/V2__drop.sql", "-- cleanup\nDROP TABLE IF EXISTS invoices CASCADE;").findings("drop-table");
    assertEquals(1, f.size());
    assertEquals(2, f.get(0).line());
    assertTrue(f.get(0).blocking());
    assertTrue(f.get(0).message().contains("`invoices`"));
  }

  @Test
  void unknownTableIsReportedWithContext() {
    List<Finding> f = Fixture.repo().file("db/V2__drop.sql", "DROP TABLE legacy.audit;").findings("drop-table");
    assertEquals(1, f.size());
    assertTrue(f.get(0).message().contains("no earlier migration creates it"));
  }

  @Test
  void negativeTableCreatedAndDroppedInTheSameMigration() {
    assertTrue(Fixture.repo().file("db/V1__tmp.sql", "CREATE TABLE tmp (id int);\nDROP TABLE tmp;")
        .findings("drop-table").isEmpty());
  }

  @Test
  void negativeDropView() {
    assertTrue(Fixture.repo().file("db/V1__v.sql", "DROP VIEW IF EXISTS active_invoices;")
        .findings("drop-table").isEmpty());
  }
}
