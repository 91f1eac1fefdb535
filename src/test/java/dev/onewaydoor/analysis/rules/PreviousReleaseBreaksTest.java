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

/** On the real embedded PostgreSQL: what the release running now does, after the change. */
@ExtendWith(SharedVerifier.class)
class PreviousReleaseBreaksTest {
  private static final String V1 = "CREATE TABLE reservations (\n  id bigserial PRIMARY KEY,\n"
      + "  booking_ref varchar(12) NOT NULL UNIQUE,\n  guest_name varchar(200) NOT NULL\n);\n";

  @Test
  void positiveTheBookingRenameBreaksTheSelectOfBookingRef(Verifier v) {
    Fixture.Verified r = Fixture.repo().applied("db/migration/V1__create.sql", V1)
        .file("db/migration/V2__codes.sql", "-- release 2.0\nALTER TABLE reservations RENAME COLUMN booking_ref TO confirmation_code;\n")
        .verify(v);
    List<Finding> f = r.findings("previous-release-breaks");
    Finding select = f.stream().filter(x -> x.message().contains("SELECT booking_ref FROM reservations")).findFirst()
        .orElseThrow(() -> new AssertionError(r.report().findings() + "\n" + r.summary()));
    assertTrue(select.message().contains("42703 column \"booking_ref\" does not exist"), select.message());
    assertEquals("db/migration/V2__codes.sql", select.file());
    assertEquals(2, select.line());
    assertEquals("PostgreSQL 17.7", select.verifiedOn());
    assertEquals("booking_ref", select.subject().column());
    assertTrue(select.blocking());
    // The verified result replaces the static guess for this history.
    assertTrue(r.findings("rename-column").isEmpty(), r.report().findings().toString());
  }

  @Test
  void positiveRequiredColumnBreaksTheInsertOfThePreviousRelease(Verifier v) {
    Fixture.Verified r = Fixture.repo().applied("db/migration/V1__create.sql", V1)
        .file("db/migration/V2__tier.sql", "ALTER TABLE reservations ADD COLUMN tier text;\n"
            + "UPDATE reservations SET tier = 'basic';\nALTER TABLE reservations ALTER COLUMN tier SET NOT NULL;\n")
        .verify(v);
    List<Finding> f = r.findings("previous-release-breaks");
    assertEquals(1, f.size(), r.report().findings() + "\n" + r.summary());
    assertTrue(f.get(0).message().startsWith("After this change, `INSERT INTO reservations (booking_ref, guest_name)"),
        f.get(0).message());
    assertTrue(f.get(0).message().contains("23502 null value in column \"tier\""), f.get(0).message());
    assertEquals(3, f.get(0).line(), "points at the statement naming the column in the error");
  }

  @Test
  void negativeExpandOnlyMigrationVerifiesClean(Verifier v) {
    Fixture.Verified r = Fixture.repo().applied("db/migration/V1__create.sql", V1)
        .file("db/migration/V2__expand.sql", "ALTER TABLE reservations ADD COLUMN confirmation_code varchar(12);\n"
            + "CREATE INDEX CONCURRENTLY reservations_code ON reservations (confirmation_code);\n")
        .verify(v);
    assertTrue(r.findings("previous-release-breaks").isEmpty(), r.report().findings().toString());
    assertTrue(r.report().findings().stream().noneMatch(Finding::blocking), r.report().findings().toString());
    assertTrue(r.summary().startsWith("**Verified on PostgreSQL 17.7**"), r.summary());
    assertTrue(r.summary().contains("previous-release probes after the up: all 3 work"), r.summary());
  }
}
