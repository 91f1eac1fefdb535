package dev.onewaydoor.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnparsedStatementTest {
  @Test
  void positiveDestructiveBlocks() {
    List<Finding> f = Fixture.repo().file("db/V2__u.sql", "SELECT 1;\nFROBNICATE TABLE t DROP everything;")
        .findings("unparsed-statement");
    assertEquals(1, f.size());
    assertEquals(2, f.get(0).line());
    assertTrue(f.get(0).blocking());
  }

  @Test
  void positiveHarmlessDoesNotBlock() {
    List<Finding> f = Fixture.repo().file("db/V2__u.sql", "FROBNICATE widgets;").findings("unparsed-statement");
    assertEquals(1, f.size());
    assertFalse(f.get(0).blocking());
  }

  @Test
  void positiveUnterminatedString() {
    List<Finding> f = Fixture.repo().file("db/V2__u.sql", "INSERT INTO t VALUES ('oops);\nDROP TABLE t;")
        .findings("unparsed-statement");
    assertEquals(1, f.size());
    assertTrue(f.get(0).message().contains("unterminated string literal"));
    assertTrue(f.get(0).blocking(), "the swallowed DROP must not pass");
  }

  @Test
  void negativeKnownStatements() {
    assertTrue(Fixture.repo().file("db/V2__u.sql", "CREATE EXTENSION IF NOT EXISTS pgcrypto;\n"
        + "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql;\nCOMMENT ON TABLE t IS 'x';\n"
        + "GRANT SELECT ON t TO reader;\nDO $$ BEGIN PERFORM 1; END $$;").findings("unparsed-statement").isEmpty());
  }
}
