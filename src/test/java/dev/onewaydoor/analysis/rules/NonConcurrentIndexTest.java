package dev.onewaydoor.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class NonConcurrentIndexTest {
  @Test
  void positive() {
    List<Finding> f = Fixture.repo().file("db/V2__i.sql", "CREATE UNIQUE INDEX users_email ON users (lower(email));")
        .findings("non-concurrent-index");
    assertEquals(1, f.size());
    assertFalse(f.get(0).blocking());
  }

  @Test
  void negativeConcurrentNewTableOrMySql() {
    assertTrue(Fixture.repo().file("db/V2__i.sql", "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix ON users (email);")
        .findings("non-concurrent-index").isEmpty());
    assertTrue(Fixture.repo().file("db/V2__i.sql", "CREATE TABLE t (a int);\nCREATE INDEX ix ON t (a);")
        .findings("non-concurrent-index").isEmpty());
    assertTrue(Fixture.repo().file("db/V2__i.sql", "CREATE INDEX ix ON `users` (email);")
        .findings("non-concurrent-index").isEmpty());
  }
}
