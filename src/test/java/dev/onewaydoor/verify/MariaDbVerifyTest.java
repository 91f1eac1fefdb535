package dev.onewaydoor.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.config.RepoConfigParser;
import dev.onewaydoor.config.VerifyConfig;
import dev.onewaydoor.testing.Fixture;
import dev.onewaydoor.testing.MariaDb;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** mariadb:// URLs: the same verification on Debian's MariaDB, started by this test. */
class MariaDbVerifyTest {
  private static MariaDb maria;
  private static Verifier verifier;

  @BeforeAll
  static void start() throws Exception {
    maria = MariaDb.start();
    verifier = Verifier.fromEnv(Map.of("DATABASE_URL", maria.url()));
  }

  @AfterAll
  static void stop() throws Exception {
    if (verifier != null) verifier.close();
    if (maria != null) maria.close();
  }

  private static Fixture repo() throws Exception {
    return Fixture.repo().config(RepoConfigParser.parse("dialect: mysql\n", "test"))
        .applied("migrations/000001_init.up.sql", "CREATE TABLE reservations (id bigint AUTO_INCREMENT PRIMARY KEY,"
            + " booking_ref varchar(12) NOT NULL, fax_number varchar(40)) ENGINE=InnoDB;\n")
        .applied("migrations/000001_init.down.sql", "DROP TABLE reservations;\n");
  }

  @Test
  void renameBreaksThePreviousReleaseOnMariaDb() throws Exception {
    Fixture.Verified r = repo()
        .file("migrations/000002_codes.up.sql", "ALTER TABLE reservations RENAME COLUMN booking_ref TO confirmation_code;\n")
        .file("migrations/000002_codes.down.sql", "ALTER TABLE reservations RENAME COLUMN confirmation_code TO booking_ref;\n")
        .verify(verifier);
    List<Finding> f = r.findings("previous-release-breaks");
    assertTrue(f.stream().anyMatch(x -> x.message().contains("`SELECT booking_ref FROM reservations` fails: 42S22")),
        r.report().findings() + "\n" + r.summary());
    assertTrue(f.get(0).verifiedOn().startsWith("MariaDB 10."), f.get(0).verifiedOn());
    assertTrue(r.summary().contains("sample rows after the down: all 3 came back as written"), r.summary());
    assertTrue(r.findings("down-does-not-restore").isEmpty(), r.summary());
  }

  @Test
  void downThatRestoresTheColumnButNotItsData() throws Exception {
    Fixture.Verified r = repo()
        .file("migrations/000002_fax.up.sql", "ALTER TABLE reservations DROP COLUMN fax_number;\n")
        .file("migrations/000002_fax.down.sql", "ALTER TABLE reservations ADD COLUMN fax_number varchar(40);\n")
        .verify(verifier);
    List<Finding> f = r.findings("down-loses-data");
    assertEquals(1, f.size(), r.summary());
    assertTrue(f.get(0).message().contains("`reservations.fax_number` is back but NULL in 3 of 3 sample rows"),
        f.get(0).message());
  }

  @Test
  void statementPastTheBudgetIsCutOff() throws Exception {
    long start = System.nanoTime();
    Fixture.Verified r = repo()
        .file("migrations/000002_slow.up.sql", "SELECT SLEEP(60);\nALTER TABLE reservations DROP COLUMN fax_number;\n")
        .file("migrations/000002_slow.down.sql", "ALTER TABLE reservations ADD COLUMN fax_number varchar(40);\n")
        .verify(verifier, VerifyConfig.defaults().withBudget(Duration.ofSeconds(5)));
    assertTrue((System.nanoTime() - start) / 1_000_000 < 30_000, "cut off by the budget");
    List<Finding> f = r.findings("verify-skipped");
    assertEquals(1, f.size(), r.summary());
    assertTrue(f.get(0).message().startsWith("not verified: the budget of 5 s ran out"), f.get(0).message());
    assertEquals(1, r.findings("drop-column").size(), "the static finding stands");
  }

  @Test
  void expandOnlyVerifiesCleanAndLeavesNoDatabase() throws Exception {
    Fixture.Verified r = repo()
        .file("migrations/000002_email.up.sql", "ALTER TABLE reservations ADD COLUMN email varchar(320);\n")
        .file("migrations/000002_email.down.sql", "ALTER TABLE reservations DROP COLUMN email;\n")
        .verify(verifier);
    assertTrue(r.report().findings().stream().noneMatch(Finding::blocking), r.report().findings() + r.summary());
    assertTrue(r.summary().startsWith("**Verified on MariaDB 10."), r.summary());
    try (Connection c = maria.connect(); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SHOW DATABASES LIKE 'owd\\_%'")) {
      assertTrue(!rs.next(), "scratch databases are dropped");
    }
  }
}
