package dev.onewaydoor.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutOfOrderVersionTest {
  @Test
  void positive() {
    List<Finding> f = Fixture.repo().applied("db/migration/V1__a.sql", "CREATE TABLE t (id int);")
        .applied("db/migration/V1_10__c.sql", "ALTER TABLE t ADD COLUMN c int;")
        .file("db/migration/V1_9__b.sql", "ALTER TABLE t ADD COLUMN b int;").findings("out-of-order-version");
    assertEquals(1, f.size());
    assertTrue(f.get(0).message().contains("1.9 is lower than 1.10"));
  }

  @Test
  void negativeHigherVersionAndNoBase() {
    assertTrue(Fixture.repo().applied("db/migration/V1__a.sql", "CREATE TABLE t (id int);")
        .file("db/migration/V2__b.sql", "ALTER TABLE t ADD COLUMN b int;").findings("out-of-order-version").isEmpty());
    assertTrue(Fixture.repo().file("db/migration/V1__a.sql", "SELECT 1;").findings("out-of-order-version").isEmpty());
  }
}
