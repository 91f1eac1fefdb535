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

/** On the real embedded PostgreSQL: an up migration that does not apply to the deployed history. */
@ExtendWith(SharedVerifier.class)
class UpFailsTest {
  private static final String V1 = "CREATE TABLE users (id serial PRIMARY KEY, email text NOT NULL);\n";

  @Test
  void positiveMigrationFailsOnTheBaseSchema(Verifier v) {
    Fixture.Verified r = Fixture.repo().applied("db/migration/V1__users.sql", V1)
        .file("db/migration/V2__email.sql", "CREATE INDEX users_id ON users (id);\nALTER TABLE users ADD COLUMN email text;\n")
        .verify(v);
    List<Finding> f = r.findings("up-fails");
    assertEquals(1, f.size(), r.summary());
    assertEquals("db/migration/V2__email.sql", f.get(0).file());
    assertEquals(2, f.get(0).line());
    assertEquals("ALTER TABLE users ADD COLUMN email text", f.get(0).statement());
    assertTrue(f.get(0).message().contains("42701 column \"email\" of relation \"users\" already exists"),
        f.get(0).message());
    assertTrue(f.get(0).message().endsWith("(verified on PostgreSQL 17.7)"), f.get(0).message());
    assertTrue(r.summary().contains("up: fails at db/migration/V2__email.sql:2"), r.summary());
  }

  @Test
  void positiveNotNullWithoutDefaultFailsOnceTheTableHasRows(Verifier v) {
    Fixture.Verified r = Fixture.repo().applied("db/migration/V1__users.sql", V1)
        .file("db/migration/V2__tier.sql", "ALTER TABLE users ADD COLUMN tier varchar(10) NOT NULL;\n")
        .verify(v);
    List<Finding> f = r.findings("up-fails");
    assertEquals(1, f.size(), r.summary());
    assertTrue(f.get(0).message().contains("23502 column \"tier\" of relation \"users\" contains null values"
        + " (with 3 sample rows in users; it passes on empty tables)"), f.get(0).message());
    // The steps after the up ran on empty tables: the probes still found the broken INSERT.
    assertEquals(1, r.findings("previous-release-breaks").size(), r.summary());
  }

  @Test
  void negativeExpandOnlyMigrationApplies(Verifier v) {
    Fixture.Verified r = Fixture.repo().applied("db/migration/V1__users.sql", V1)
        .file("db/migration/V2__tier.sql", "ALTER TABLE users ADD COLUMN tier varchar(10) NOT NULL DEFAULT 'basic';\n")
        .verify(v);
    assertTrue(r.findings("up-fails").isEmpty(), r.summary());
    assertTrue(r.summary().contains("up: db/migration/V2__tier.sql applied"), r.summary());
  }
}
