package dev.onewaydoor.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidIgnoreTest {
  @Test
  void positiveMissingReasonSuppressesNothing() {
    Fixture fx = Fixture.repo().file("db/V2__x.sql", "-- onewaydoor:ignore drop-table\nDROP TABLE t;");
    List<Finding> f = fx.findings("invalid-ignore");
    assertEquals(1, f.size());
    assertEquals(1, f.get(0).line());
    assertEquals(1, fx.findings("drop-table").size());
  }

  @Test
  void positiveUnknownRule() {
    List<Finding> f = Fixture.repo().file("db/V2__x.sql", "-- onewaydoor:ignore drop-tables -- legacy table\nDROP TABLE t;")
        .findings("invalid-ignore");
    assertTrue(f.get(0).message().contains("`drop-tables`"));
  }

  @Test
  void negativeValidIgnoreSuppresses() {
    Fixture fx = Fixture.repo().file("db/V2__x.sql",
        "-- onewaydoor:ignore drop-table, truncate-table -- table unused since 2021, backed up\nDROP TABLE t;\nDROP TABLE u;");
    assertTrue(fx.findings("invalid-ignore").isEmpty());
    List<Finding> drops = fx.findings("drop-table");
    assertEquals(1, drops.size(), "only the statement right after the comment is covered");
    assertEquals(3, drops.get(0).line());
  }
}
