package dev.onewaydoor.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeleteRowsTest {
  @Test
  void positiveWithoutWhere() {
    List<Finding> f = Fixture.repo().file("db/V2__d.sql", "DELETE FROM sessions;").findings("delete-rows");
    assertEquals(1, f.size());
    assertTrue(f.get(0).message().contains("no WHERE clause"));
  }

  @Test
  void positiveWithWhere() {
    List<Finding> f = Fixture.repo().file("db/V2__d.sql", "DELETE FROM ONLY sessions WHERE expires < now();")
        .findings("delete-rows");
    assertTrue(f.get(0).message().contains("matching the WHERE clause"));
  }

  @Test
  void positiveDeleteUsingJoin() {
    List<Finding> f = Fixture.repo().file("db/V2__d.sql",
        "DELETE FROM sessions s USING users u WHERE s.user_id = u.id AND u.banned;").findings("delete-rows");
    assertEquals(1, f.size());
  }

  @Test
  void negative() {
    assertTrue(Fixture.repo().file("db/V2__d.sql", "UPDATE sessions SET expires = now();\nINSERT INTO t VALUES (1);")
        .findings("delete-rows").isEmpty());
  }
}
