package dev.onewaydoor.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class IrreversibleMarkerTest {
  @Test
  void positiveRaiseException() {
    List<Finding> f = Fixture.repo().file("migrations/0003_x.up.sql", "ALTER TABLE t DROP COLUMN a;")
        .file("migrations/0003_x.down.sql", "DO $$ BEGIN RAISE EXCEPTION 'irreversible migration'; END $$;")
        .findings("irreversible-marker");
    assertEquals(1, f.size());
    assertEquals("migrations/0003_x.down.sql", f.get(0).file());
    assertTrue(Fixture.repo().file("migrations/0003_x.up.sql", "ALTER TABLE t DROP COLUMN a;")
        .file("migrations/0003_x.down.sql", "DO $$ BEGIN RAISE EXCEPTION 'irreversible migration'; END $$;")
        .findings("down-does-not-restore").isEmpty(), "a declared refusal is not also a wrong inverse");
  }

  @Test
  void positiveComment() {
    assertEquals(1, Fixture.repo().file("db/migrations/2024_x.sql",
        "-- migrate:up\nDROP TABLE t;\n-- migrate:down\n-- This migration cannot be reverted.\n")
        .findings("irreversible-marker").size());
  }

  @Test
  void negativeOrdinaryDown() {
    Fixture fx = Fixture.repo().file("migrations/0003_x.up.sql", "ALTER TABLE t ADD COLUMN a int;")
        .file("migrations/0003_x.down.sql", "ALTER TABLE t DROP COLUMN a;");
    assertTrue(fx.findings("irreversible-marker").isEmpty());
    assertFalse(dev.onewaydoor.analysis.Markers.irreversible("ALTER TABLE t DROP COLUMN a;"));
  }

  @Test
  void negativeRaiseExceptionInsideAFunctionTheDownRecreates() {
    assertTrue(Fixture.repo()
        .file("migrations/0003_x.up.sql", "ALTER TABLE t ADD COLUMN a int;")
        .file("migrations/0003_x.down.sql", """
            CREATE OR REPLACE FUNCTION guard() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              RAISE EXCEPTION 'not allowed';
            END $$;
            ALTER TABLE t DROP COLUMN a;
            """)
        .findings("irreversible-marker").isEmpty());
  }

  @Test
  void positiveACommentSaysSo() {
    assertEquals(1, Fixture.repo()
        .file("migrations/0003_x.up.sql", "UPDATE t SET url = NULL WHERE url = '';")
        .file("migrations/0003_x.down.sql", "-- This migration cannot be undone: the empty URLs are gone.\n")
        .findings("irreversible-marker").size());
  }
}
