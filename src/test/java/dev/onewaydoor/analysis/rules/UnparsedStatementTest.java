package dev.onewaydoor.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.testing.Fixture;
import org.junit.jupiter.api.Test;

/**
 * {@code unparsed-statement}: a statement OneWayDoor could not analyse blocks when its code (not
 * its comments or strings) holds a destructive word, and names that word and its line.
 */
class UnparsedStatementTest {
  /** The only finding of the fixture's report (the markers have already checked rule, line and blocking). */
  private static String message(Fixture f) {
    Finding only = f.expect().findings().get(0);
    return only.message();
  }

  @Test
  void positiveDestructiveBlocks() {
    String m = message(Fixture.repo().file("db/V2__u.sql", """
        SELECT 1;
        FROBNICATE TABLE t DROP everything; -- expect: unparsed-statement "OneWayDoor could not analyse this statement ("
        """));
    assertTrue(m.endsWith("Its code contains DROP (line 2), so it is treated as a one-way door until a person has checked it."), m);
  }

  @Test
  void positiveTheWordIsNamedWithItsOwnLine() {
    String m = message(Fixture.repo().file("db/V2__u.sql", """
        FROBNICATE TABLE t -- expect: unparsed-statement "OneWayDoor could not analyse this statement ("
          WITH OPTIONS (a, b)
          THEN TRUNCATE everything;
        """));
    assertTrue(m.contains("Its code contains TRUNCATE (line 3)"), m);
  }

  @Test
  void positiveHarmlessDoesNotBlock() {
    String m = message(Fixture.repo().file("db/V2__u.sql", """
        FROBNICATE widgets; -- expect-warning: unparsed-statement "OneWayDoor could not analyse this statement ("
        """));
    assertTrue(m.endsWith("Nothing in its code looks destructive, but it was not checked."), m);
  }

  @Test
  void positiveDestructiveWordOnlyInACommentOrStringIsAWarning() {
    Fixture.repo().file("db/V2__u.sql", """
        FROBNICATE widgets -- expect-warning: unparsed-statement "OneWayDoor could not analyse this statement ("
          -- we drop the old widgets next release
          WITH LABEL 'delete me later';
        """).expect();
  }

  @Test
  void positiveExecuteOfADropBlocks() {
    String m = message(Fixture.repo().file("db/V2__u.sql", """
        DO $$ -- expect: unparsed-statement "OneWayDoor could not analyse this statement ("
        BEGIN
          EXECUTE 'DROP TABLE ' || 'audit_old';
        END $$;
        """));
    assertTrue(m.contains("Its code contains DROP (line 3)"), m);
  }

  @Test
  void positiveUnterminatedString() {
    String m = message(Fixture.repo().file("db/V2__u.sql", """
        INSERT INTO t VALUES ('oops); -- expect: unparsed-statement "OneWayDoor could not analyse this statement (unterminated string literal"
        DROP TABLE t;
        """));
    assertTrue(m.contains("DROP (line 2)"), "the swallowed DROP must not pass: " + m);
  }

  @Test
  void negativeKnownStatements() {
    Fixture.repo().file("db/V2__u.sql", """
        CREATE EXTENSION IF NOT EXISTS pgcrypto;
        CREATE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql;
        COMMENT ON TABLE t IS 'x';
        GRANT SELECT ON t TO reader;
        DO $$ BEGIN PERFORM 1; END $$;
        """).expect();
  }

  @Test
  void negativeDestructiveWordsInCommentsAndStringsOfAnUnderstoodBlock() {
    Fixture.repo().file("db/V2__u.sql", """
        DO $$
        BEGIN
          -- truncate the name if it is too long
          UPDATE audit_log SET operation = 'pull' WHERE operation = 'delete';
        END $$;
        """).expect();
  }
}
