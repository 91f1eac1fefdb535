package dev.onewaydoor.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.testing.Fixture;
import dev.onewaydoor.testing.SharedVerifier;
import dev.onewaydoor.verify.Verifier;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** On the real embedded PostgreSQL: up, down, then up again. */
@ExtendWith(SharedVerifier.class)
class UpNotRerunnableTest {
  private static Fixture repo(String down) {
    return Fixture.repo().applied("migrations/000001_users.up.sql", "CREATE TABLE users (id serial PRIMARY KEY);\n")
        .applied("migrations/000001_users.down.sql", "DROP TABLE users;\n")
        .file("migrations/000002_audit.up.sql", "CREATE TABLE audit (id int);\nALTER TABLE users ADD COLUMN a int;\n")
        .file("migrations/000002_audit.down.sql", down);
  }

  @Test
  void positiveDownForgetsATableSoTheUpCannotRunAgain(Verifier v) {
    Fixture.Verified r = repo("ALTER TABLE users DROP COLUMN a;\n").verify(v);
    List<Finding> f = r.findings("up-not-rerunnable");
    assertEquals(1, f.size(), r.summary());
    assertEquals("migrations/000002_audit.up.sql", f.get(0).file());
    assertEquals(1, f.get(0).line());
    assertTrue(f.get(0).message().contains("42P07 relation \"audit\" already exists"), f.get(0).message());
    // and the leftover table is the difference the down did not restore
    List<Finding> restore = r.findings("down-does-not-restore");
    assertEquals(1, restore.size(), r.summary());
    assertTrue(restore.get(0).verified());
    assertTrue(restore.get(0).message().contains("table `audit` should not be there"), restore.get(0).message());
  }

  @Test
  void negativeDownUndoesEverything(Verifier v) {
    Fixture.Verified r = repo("ALTER TABLE users DROP COLUMN a;\nDROP TABLE audit;\n").verify(v);
    assertTrue(r.findings("up-not-rerunnable").isEmpty(), r.summary());
    assertTrue(r.findings("down-does-not-restore").isEmpty(), r.summary());
  }
}
