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

/** On the real embedded PostgreSQL: sample rows written before the up, read back after the down. */
@ExtendWith(SharedVerifier.class)
class DownLosesDataTest {
  private static final String V1 = "CREATE TABLE reservations (id bigserial PRIMARY KEY, guest text NOT NULL,"
      + " fax_number varchar(40));\n";

  private static Fixture repo() {
    return Fixture.repo().applied("migrations/000001_init.up.sql", V1)
        .applied("migrations/000001_init.down.sql", "DROP TABLE reservations;\n");
  }

  @Test
  void positiveDownRestoresTheColumnButNotItsData(Verifier v) {
    Fixture.Verified r = repo()
        .file("migrations/000002_fax.up.sql", "ALTER TABLE reservations DROP COLUMN fax_number;\n")
        .file("migrations/000002_fax.down.sql", "ALTER TABLE reservations ADD COLUMN fax_number varchar(40);\n")
        .verify(v);
    List<Finding> f = r.findings("down-loses-data");
    assertEquals(1, f.size(), r.summary());
    assertEquals("After up and down, `reservations.fax_number` is back but NULL in 3 of 3 sample rows: a rollback"
        + " restores the schema, not the data. (verified on PostgreSQL 17.7)", f.get(0).message());
    assertEquals("migrations/000002_fax.up.sql", f.get(0).file());
    assertEquals("fax_number", f.get(0).subject().column());
    // the schema did come back
    assertTrue(r.findings("down-does-not-restore").isEmpty(), r.summary());
  }

  @Test
  void positiveRowsGoneWithATableThatIsRecreated(Verifier v) {
    Fixture.Verified r = repo()
        .file("migrations/000002_drop.up.sql", "DROP TABLE reservations;\n")
        .file("migrations/000002_drop.down.sql", V1)
        .verify(v);
    List<Finding> f = r.findings("down-loses-data");
    assertEquals(1, f.size(), r.summary());
    assertTrue(f.get(0).message().contains("3 of 3 sample rows in `reservations` are gone"), f.get(0).message());
  }

  @Test
  void negativeRenameAndRenameBackKeepTheData(Verifier v) {
    Fixture.Verified r = repo()
        .file("migrations/000002_fax.up.sql", "ALTER TABLE reservations RENAME COLUMN fax_number TO fax;\n")
        .file("migrations/000002_fax.down.sql", "ALTER TABLE reservations RENAME COLUMN fax TO fax_number;\n")
        .verify(v);
    assertTrue(r.findings("down-loses-data").isEmpty(), r.summary());
    assertTrue(r.summary().contains("sample rows after the down: all 3 came back as written"), r.summary());
  }
}
