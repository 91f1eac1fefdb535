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

/** On the real embedded PostgreSQL: the down migration right after the up. */
@ExtendWith(SharedVerifier.class)
class DownFailsTest {
  private static final String V1 = "CREATE TABLE users (id serial PRIMARY KEY, email text);\n";

  private static Fixture repo() {
    return Fixture.repo().applied("migrations/000001_users.up.sql", V1)
        .applied("migrations/000001_users.down.sql", "DROP TABLE users;\n")
        .file("migrations/000002_phone.up.sql", "ALTER TABLE users ADD COLUMN phone text;\n");
  }

  @Test
  void positiveDownThatFails(Verifier v) {
    Fixture.Verified r = repo().file("migrations/000002_phone.down.sql", "-- undo\nALTER TABLE users DROP COLUMN phnoe;\n")
        .verify(v);
    List<Finding> f = r.findings("down-fails");
    assertEquals(1, f.size(), r.summary());
    assertEquals("migrations/000002_phone.down.sql", f.get(0).file());
    assertEquals(2, f.get(0).line());
    assertTrue(f.get(0).message().contains("42703 column \"phnoe\" of relation \"users\" does not exist"),
        f.get(0).message());
    assertTrue(r.summary().contains("down: fails at migrations/000002_phone.down.sql:2"), r.summary());
  }

  @Test
  void negativeDownThatRestoresTheSchema(Verifier v) {
    Fixture.Verified r = repo().file("migrations/000002_phone.down.sql", "ALTER TABLE users DROP COLUMN phone;\n")
        .verify(v);
    assertTrue(r.findings("down-fails").isEmpty(), r.summary());
    assertTrue(r.report().findings().stream().noneMatch(Finding::blocking), r.report().findings().toString());
    assertTrue(r.summary().contains("the schema is the one before the up"), r.summary());
    assertTrue(r.summary().contains("all 3 came back as written"), r.summary());
    assertTrue(r.summary().contains("up again: applied; the same schema as the first up"), r.summary());
  }
}
