package dev.onewaydoor.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.analysis.Markers;
import dev.onewaydoor.analysis.Report;
import dev.onewaydoor.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code irreversible-marker}: a new migration's down says it cannot be run. A marker comment in
 * the down would itself read as "irreversible", so that finding is asserted by hand; every other
 * rule is checked against the markers in the up files.
 */
class IrreversibleMarkerTest {
  private static final String RULE = "irreversible-marker";

  /** Checks every other rule against the markers, and that {@code RULE} reports exactly once, at {@code downFile}:1. */
  private static void expectMarker(Fixture fx, String downFile, String upFile) {
    String[] others = Rules.all().stream().map(r -> r.info().id()).filter(id -> !id.equals(RULE)).toArray(String[]::new);
    Report r = fx.expect(others);
    List<Finding> f = r.findings().stream().filter(x -> x.rule().equals(RULE)).toList();
    assertEquals(1, f.size(), f.toString());
    assertEquals(downFile, f.get(0).file());
    assertEquals(1, f.get(0).line());
    assertTrue(f.get(0).blocking());
    assertTrue(f.get(0).message().startsWith("The down migration of " + upFile + " declares itself irreversible: "
        + "rolling this release back means restoring from a backup."), f.get(0).message());
  }

  @Test
  void positiveRaiseException() {
    // A declared refusal is not also a wrong inverse: no down-does-not-restore.
    expectMarker(Fixture.repo()
        .file("migrations/0003_x.up.sql", "ALTER TABLE t DROP COLUMN a; -- expect: drop-column \"Drops column `t.a`\"")
        .file("migrations/0003_x.down.sql", "DO $$ BEGIN RAISE EXCEPTION 'irreversible migration'; END $$;"),
        "migrations/0003_x.down.sql", "migrations/0003_x.up.sql");
  }

  @Test
  void positiveComment() {
    expectMarker(Fixture.repo().file("db/migrations/2024_x.sql", """
        -- migrate:up
        DROP TABLE t; -- expect: drop-table "Drops table `t`"
        -- migrate:down
        -- This migration cannot be reverted.
        """), "db/migrations/2024_x.sql", "db/migrations/2024_x.sql");
  }

  @Test
  void positiveACommentSaysSo() {
    expectMarker(Fixture.repo()
        .file("migrations/0003_x.up.sql", "UPDATE t SET url = NULL WHERE url = '';")
        .file("migrations/0003_x.down.sql", "-- This migration cannot be undone: the empty URLs are gone.\n"),
        "migrations/0003_x.down.sql", "migrations/0003_x.up.sql");
  }

  @Test
  void positiveMySqlSignal() {
    expectMarker(Fixture.repo()
        .file("migrations/mysql/0003_x.up.sql", "ALTER TABLE t DROP COLUMN a; -- expect: drop-column \"Drops column `t.a`\"")
        .file("migrations/mysql/0003_x.down.sql", "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'no way back';"),
        "migrations/mysql/0003_x.down.sql", "migrations/mysql/0003_x.up.sql");
  }

  @Test
  void negativeOrdinaryDown() {
    Fixture.repo().file("migrations/0003_x.up.sql", "ALTER TABLE t ADD COLUMN a int;")
        .file("migrations/0003_x.down.sql", "ALTER TABLE t DROP COLUMN a;").expect();
    assertFalse(Markers.irreversible("ALTER TABLE t DROP COLUMN a;"));
  }

  @Test
  void negativeRaiseExceptionInsideAFunctionTheDownRecreates() {
    Fixture.repo()
        .file("migrations/0003_x.up.sql", "ALTER TABLE t ADD COLUMN a int;")
        .file("migrations/0003_x.down.sql", """
            CREATE OR REPLACE FUNCTION guard() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              RAISE EXCEPTION 'not allowed';
            END $$;
            ALTER TABLE t DROP COLUMN a;
            """)
        .expect();
  }

  @Test
  void negativeAlreadyAppliedMigration() {
    // Only a new migration's refusal is this change's news.
    Fixture.repo()
        .applied("migrations/0001_x.up.sql", "CREATE TABLE t (id int, a int);")
        .applied("migrations/0001_x.down.sql", "-- irreversible\n")
        .file("migrations/0002_y.up.sql", "ALTER TABLE t ADD COLUMN b int;")
        .file("migrations/0002_y.down.sql", "ALTER TABLE t DROP COLUMN b;")
        .expect();
  }
}
