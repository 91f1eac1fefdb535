package dev.onewaydoor.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.testing.Fixture;
import dev.onewaydoor.testing.SharedVerifier;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The verified {@code down-does-not-restore}, on the real embedded PostgreSQL. */
@ExtendWith(SharedVerifier.class)
class RollbackTest {
  private static Fixture repo() {
    return Fixture.repo()
        .applied("migrations/000001_users.up.sql", "CREATE TABLE users (id serial PRIMARY KEY, email text, fax text);\n")
        .applied("migrations/000001_users.down.sql", "DROP TABLE users;\n");
  }

  @Test
  void positiveDownThatForgetsAColumnReplacesTheStaticFinding(Verifier v) {
    Fixture.Verified r = repo()
        .file("migrations/000002_cleanup.up.sql", "ALTER TABLE users DROP COLUMN fax;\nCREATE INDEX users_email ON users (email);\n")
        .file("migrations/000002_cleanup.down.sql", "DROP INDEX users_email;\n")
        .verify(v);
    List<Finding> f = r.findings("down-does-not-restore");
    assertEquals(1, f.size(), "the static finding is replaced, not repeated: " + r.report().findings());
    Finding d = f.get(0);
    assertTrue(d.verified());
    assertEquals("migrations/000002_cleanup.up.sql", d.file());
    assertEquals(1, d.line());
    assertEquals("fax", d.subject().column());
    assertEquals("After up and down (migrations/000002_cleanup.down.sql), the schema is not the one the previous"
        + " release ran on: column `users.fax` is missing (expected text null). (verified on PostgreSQL 17.7)",
        d.message());
    assertTrue(r.summary().contains("down: migrations/000002_cleanup.down.sql ran; 1 difference from the schema"
        + " before the up"), r.summary());
  }

  @Test
  void negativeDownThatRestoresEverything(Verifier v) {
    Fixture.Verified r = repo()
        .file("migrations/000002_phone.up.sql", "ALTER TABLE users ADD COLUMN phone text;\n")
        .file("migrations/000002_phone.down.sql", "ALTER TABLE users DROP COLUMN phone;\n")
        .verify(v);
    assertTrue(r.findings("down-does-not-restore").isEmpty(), r.summary());
  }
}
