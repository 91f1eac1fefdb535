package dev.onewaydoor.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.config.VerifyConfig;
import dev.onewaydoor.testing.Fixture;
import dev.onewaydoor.testing.SharedVerifier;
import dev.onewaydoor.verify.Verifier;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** On the real embedded PostgreSQL: when verification cannot run to the end, it says so and passes nothing. */
@ExtendWith(SharedVerifier.class)
class VerifySkippedTest {
  @Test
  void positiveBaseHistoryNeedsAnExtensionThatIsNotThere(Verifier v) {
    Fixture.Verified r = Fixture.repo()
        .applied("db/migration/V1__geo.sql", "CREATE EXTENSION postgis;\nCREATE TABLE places (id int, fax text);\n")
        .file("db/migration/V2__drop.sql", "ALTER TABLE places DROP COLUMN fax;\n")
        .verify(v);
    List<Finding> f = r.findings("verify-skipped");
    assertEquals(1, f.size(), r.summary());
    assertEquals("db/migration/V1__geo.sql", f.get(0).file());
    assertEquals(1, f.get(0).line());
    assertTrue(f.get(0).message().contains("0A000 extension \"postgis\" is not available"), f.get(0).message());
    assertTrue(f.get(0).message().endsWith("The static findings for this history stand."), f.get(0).message());
    assertFalse(f.get(0).blocking());
    assertFalse(f.get(0).verified());
    assertEquals(1, r.findings("drop-column").size(), "the static finding stands");
    assertTrue(r.summary().startsWith("**Not verified (the base history does not apply)"), r.summary());
  }

  @Test
  void positiveStatementThatRunsPastTheBudgetIsCutOff(Verifier v) {
    String base = "CREATE TABLE slow_t (id int);\n";
    // The base is built into a template first, so the budget is spent on the change alone.
    Fixture.repo().applied("db/migration/V1__t.sql", base).file("db/migration/V2__a.sql", "SELECT 1;\n").verify(v);
    long start = System.nanoTime();
    Fixture.Verified r = Fixture.repo().applied("db/migration/V1__t.sql", base)
        .file("db/migration/V2__slow.sql", "SET statement_timeout = 0;\nSELECT pg_sleep(60);\nALTER TABLE slow_t RENAME TO u;\n")
        .verify(v, VerifyConfig.defaults().withBudget(Duration.ofSeconds(5)));
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertTrue(ms < 30_000, "cut off by the budget, not after the sleep: " + ms + " ms");
    List<Finding> f = r.findings("verify-skipped");
    assertEquals(1, f.size(), r.summary());
    assertEquals("db/migration/V2__slow.sql", f.get(0).file());
    assertEquals(2, f.get(0).line());
    assertTrue(f.get(0).message().startsWith("not verified: the budget of 5 s ran out"), f.get(0).message());
    assertTrue(r.summary().startsWith("**Not verified (budget)"), r.summary());
    assertEquals(1, r.findings("rename-table").size(), "never a false pass: the static finding stands");
  }

  @Test
  void positiveMySqlHistoryWithoutAServer(Verifier v) {
    Fixture.Verified r = Fixture.repo().file("db/migration/V1__t.sql", "CREATE TABLE `t` (`id` int) ENGINE=InnoDB;\n")
        .verify(v);
    List<Finding> f = r.findings("verify-skipped");
    assertEquals(1, f.size(), r.summary());
    assertTrue(f.get(0).message().contains("set DATABASE_URL=mysql://"), f.get(0).message());
  }

  @Test
  void negativeVerificationThatRanToTheEnd(Verifier v) {
    Fixture.Verified r = Fixture.repo().applied("db/migration/V1__t.sql", "CREATE TABLE t (id int);\n")
        .file("db/migration/V2__a.sql", "ALTER TABLE t ADD COLUMN a int;\n").verify(v);
    assertTrue(r.findings("verify-skipped").isEmpty(), r.summary());
  }
}
