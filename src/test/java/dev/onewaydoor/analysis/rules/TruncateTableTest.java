package dev.onewaydoor.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class TruncateTableTest {
  private static final String V1 = "CREATE TABLE sessions (id int);";

  @Test
  void positive() {
    List<Finding> f = Fixture.repo().applied("db/V1__a.sql", V1)
        .file("db/V2__t.sql", "TRUNCATE TABLE ONLY sessions, audit RESTART IDENTITY;").findings("truncate-table");
    assertEquals(2, f.size());
  }

  @Test
  void negative() {
    assertTrue(Fixture.repo().applied("db/V1__a.sql", V1)
        .file("db/V2__t.sql", "DELETE FROM sessions WHERE id < 0;").findings("truncate-table").isEmpty());
  }
}
