package dev.onewaydoor.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeColumnTypeTest {
  private static final String V1 = "CREATE TABLE t (n integer, flag boolean);";

  @Test
  void positiveIncompatible() {
    List<Finding> f = Fixture.repo().applied("db/V1__a.sql", V1)
        .file("db/V2__b.sql", "ALTER TABLE t ALTER COLUMN n TYPE text;").findings("change-column-type");
    assertEquals(1, f.size());
    assertTrue(f.get(0).message().contains("from integer to text"));
  }

  @Test
  void positiveUnknownTypeBefore() {
    List<Finding> f = Fixture.repo().file("db/V2__b.sql", "ALTER TABLE other ALTER COLUMN x TYPE bigint;")
        .findings("change-column-type");
    assertTrue(f.get(0).message().contains("no earlier migration says what the type was"));
  }

  @Test
  void negativeWideningAndLossyAreNotThisRule() {
    Fixture fx = Fixture.repo().applied("db/V1__a.sql", "CREATE TABLE t (n integer, s varchar(9));")
        .file("db/V2__b.sql", "ALTER TABLE t ALTER COLUMN n TYPE bigint;\nALTER TABLE t ALTER COLUMN s TYPE varchar(3);");
    assertTrue(fx.findings("change-column-type").isEmpty());
    assertFalse(fx.findings("lossy-type-change").isEmpty());
  }
}
