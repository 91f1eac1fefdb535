package dev.onewaydoor.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.analysis.Report;
import dev.onewaydoor.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code invalid-ignore}: an ignore comment without a reason or naming an unknown rule. A marker on
 * the ignore comment's own line would become its reason, so this rule's findings are asserted by
 * hand; every other rule is checked against the markers.
 */
class InvalidIgnoreTest {
  private static final String RULE = "invalid-ignore";

  /** Checks every other rule against the markers and returns this rule's findings. */
  private static List<Finding> invalidIgnores(Fixture fx) {
    String[] others = Rules.all().stream().map(r -> r.info().id()).filter(id -> !id.equals(RULE)).toArray(String[]::new);
    Report r = fx.expect(others);
    return r.findings().stream().filter(f -> f.rule().equals(RULE)).toList();
  }

  private static void assertOne(List<Finding> f, String file, int line, String messagePrefix) {
    assertEquals(1, f.size(), f.toString());
    assertEquals(file, f.get(0).file());
    assertEquals(line, f.get(0).line());
    assertFalse(f.get(0).blocking());
    assertTrue(f.get(0).message().startsWith(messagePrefix), f.get(0).message());
  }

  @Test
  void positiveMissingReasonSuppressesNothing() {
    assertOne(invalidIgnores(Fixture.repo().file("db/V2__x.sql", """
        -- onewaydoor:ignore drop-table
        DROP TABLE t; -- expect: drop-table "Drops table `t`"
        """)), "db/V2__x.sql", 1, "This ignore comment gives no reason, so it suppresses nothing.");
  }

  @Test
  void positiveUnknownRule() {
    assertOne(invalidIgnores(Fixture.repo().file("db/V2__x.sql", """
        SELECT 1;
        -- onewaydoor:ignore drop-tables -- legacy table
        DROP TABLE t; -- expect: drop-table "Drops table `t`"
        """)), "db/V2__x.sql", 2, "This ignore comment names `drop-tables`, which is not a OneWayDoor rule.");
  }

  @Test
  void positiveNoRuleNamed() {
    assertOne(invalidIgnores(Fixture.repo().file("db/V2__x.sql", """
        -- onewaydoor:ignore -- we know
        DROP TABLE t; -- expect: drop-table "Drops table `t`"
        """)), "db/V2__x.sql", 1, "This ignore comment names no rule, so it suppresses nothing.");
  }

  @Test
  void positiveInADownScript() {
    assertOne(invalidIgnores(Fixture.repo()
        .file("migrations/0001_x.up.sql", "CREATE TABLE t (id int);")
        .file("migrations/0001_x.down.sql", "-- onewaydoor:ignore drop-table\nDROP TABLE t;")),
        "migrations/0001_x.down.sql", 1, "This ignore comment gives no reason");
  }

  @Test
  void negativeValidIgnoreSuppresses() {
    // Only the statement right after the comment is covered.
    assertTrue(invalidIgnores(Fixture.repo().file("db/V2__x.sql", """
        -- onewaydoor:ignore drop-table, truncate-table -- table unused since 2021, backed up
        DROP TABLE t;
        DROP TABLE u; -- expect: drop-table "Drops table `u`"
        """)).isEmpty());
  }

  @Test
  void negativeValidIgnoreOfANetEffectFinding() {
    assertTrue(invalidIgnores(Fixture.repo().applied("db/V1__a.sql", "CREATE TABLE users (id int, fax text);")
        .file("db/V2__x.sql", """
            -- onewaydoor:ignore drop-column -- fax numbers were exported to the archive in 2023
            ALTER TABLE users DROP COLUMN fax;
            """)).isEmpty());
  }
}
