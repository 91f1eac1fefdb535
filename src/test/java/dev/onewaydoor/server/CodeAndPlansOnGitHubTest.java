package dev.onewaydoor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.analysis.Report;
import dev.onewaydoor.check.Checker;
import dev.onewaydoor.config.RepoConfig;
import dev.onewaydoor.fakegithub.FakeRepo;
import dev.onewaydoor.migrations.Progress;
import dev.onewaydoor.migrations.SourceFile;
import dev.onewaydoor.testing.Postgres;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The booking pull request with code, end to end through the fake GitHub: the code at base
 * and head read from one archive per commit, the check-run summary with references and plans
 * collapsed per finding, inline comments whose suggested changes turn each one-way door into
 * its expand step (applied, they re-check clean and run on PostgreSQL), and the report page.
 */
class CodeAndPlansOnGitHubTest {
  private static final String PUBLIC_URL = "https://onewaydoor.example.com";
  private AppHarness h;

  @AfterEach
  void close() {
    if (h != null) {
      assertEquals(List.of(), h.github.violations, "requests GitHub's API description does not allow");
      h.close();
    }
  }

  @Test
  void theCodeOfBothCommitsComesFromOneArchiveEachAndShowsInTheSummary() throws Exception {
    h = new AppHarness(Map.of("PUBLIC_URL", PUBLIC_URL));
    BookingWithCode s = new BookingWithCode(h, Map.of());
    assertEquals(202, h.deliver("pull_request", s.opened(h)));
    h.awaitIdle();

    assertEquals(1, h.github.requests("GET", "/repos/acme/booking/tarball/" + s.base).size());
    assertEquals(1, h.github.requests("GET", "/repos/acme/booking/tarball/" + s.head).size());
    FakeRepo.CheckRun run = s.repo.latestRun(s.head);
    assertEquals("failure", run.conclusion);
    assertTrue(run.annotations.stream().anyMatch(a -> a.get("title").equals("head-references-removed (blocking)")
        && a.get("start_line").equals(5)), run.annotations.toString());
    String summary = run.summary;
    assertTrue(summary.length() <= 65_535);
    assertTrue(summary.contains("<details><summary>Code that uses <code>reservations.booking_ref</code>: "
        + "2 places at the base (the release running now), 1 place at the head</summary>"), summary);
    assertTrue(summary.contains("**Rollback to the release running now breaks here:**\n\n- `"
        + BookingWithCode.REPOSITORY + ":4`"), summary);
    assertTrue(summary.contains("**The code being deployed (head) still uses `reservations.booking_ref` here:**\n\n- `"
        + BookingWithCode.PARTNER + ":4`"), summary);
    assertTrue(summary.contains("No code at the head uses `reservations.fax_number`."), summary);
    assertEquals(3, count(summary, "<details><summary>Expand–contract plan (postgresql, 3 phases)</summary>"),
        "one plan per blocking finding that has one: add-required-column, rename-column, drop-column");
    assertEquals(count(summary, "<details>"), count(summary, "</details>"));
  }

  @Test
  void suggestedChangesReplaceExactlyTheStatementsAndTurnTheReleaseIntoAnExpandStep() throws Exception {
    h = new AppHarness();
    BookingWithCode s = new BookingWithCode(h, Map.of());
    h.deliver("pull_request", s.opened(h));
    h.awaitIdle();

    Map<String, Object> rename = s.commentEndingAt(6);
    assertEquals(5, rename.get("start_line"), "the suggestion covers both lines of the rename");
    assertEquals("RIGHT", rename.get("start_side"));
    assertTrue(BookingWithCode.suggestion(rename).startsWith(
        "ALTER TABLE reservations ADD COLUMN confirmation_code varchar(12);\nCREATE FUNCTION"), rename.toString());
    assertTrue(BookingWithCode.suggestion(rename).endsWith("END $$;"), "the statement's own semicolon is kept");
    assertEquals("-- keep `fax_number` in this release: the release running now still uses it;",
        BookingWithCode.suggestion(s.commentEndingAt(8)));
    Map<String, Object> head = s.commentEndingAt(5);
    assertTrue(((String) head.get("body")).contains("`head-references-removed`"), head.toString());
    assertNull(BookingWithCode.suggestion(head), "one suggestion per statement: the rename's");

    String applied = BookingWithCode.apply(BookingWithCode.V2, s.comments());
    Report again = new Checker(RepoConfig.defaults()).checkChange(
        List.of(SourceFile.of(BookingScenario.V1_PATH, BookingScenario.V1)),
        List.of(SourceFile.of(BookingScenario.V1_PATH, BookingScenario.V1), SourceFile.of(BookingWithCode.V2_PATH, applied)),
        Progress.NONE);
    assertEquals(List.of(), again.findings().stream().filter(Finding::blocking).map(Finding::rule).toList(),
        "with every suggestion applied the release is an expand step:\n" + applied);

    try (Connection db = Postgres.freshDatabase()) {
      Postgres.run(db, BookingScenario.V1);
      Postgres.run(db, "INSERT INTO reservations (booking_ref, guest_name, fax_number) VALUES ('BK1', 'Ann', '0123')");
      Postgres.run(db, applied);
      assertEquals("Ann", Postgres.value(db, "SELECT guest_name FROM reservations WHERE booking_ref = 'BK1'"),
          "the release running now still reads booking_ref");
      Postgres.run(db, "INSERT INTO reservations (booking_ref, guest_name) VALUES ('BK2', 'Bob')");
      assertEquals(List.of("BK1|BK1|0123", "BK2|BK2|null"), Postgres.rows(db,
          "SELECT booking_ref, confirmation_code, fax_number FROM reservations ORDER BY id"),
          "its inserts still work, and the new name is filled");
    }
  }

  @Test
  void theCheckRunLinksToAReportPageWithEverything() throws Exception {
    h = new AppHarness(Map.of("PUBLIC_URL", PUBLIC_URL + "/"));
    BookingWithCode s = new BookingWithCode(h, Map.of());
    h.deliver("pull_request", s.opened(h));
    h.awaitIdle();

    FakeRepo.CheckRun run = s.repo.latestRun(s.head);
    assertTrue(run.detailsUrl.matches("\\Q" + PUBLIC_URL + "\\E/reports/[A-Za-z0-9_-]{22}"), run.detailsUrl);
    assertTrue(run.summary.contains("Full report with the code references and plans: " + run.detailsUrl));
    HttpResponse<String> page = h.get(run.detailsUrl.substring(PUBLIC_URL.length()));
    assertEquals(200, page.statusCode());
    for (String expected : new String[] {"acme/booking #7", BookingWithCode.PARTNER + ":4", "Phase 1 · Expand",
        "CREATE TRIGGER", "What was verified"}) {
      assertTrue(page.body().contains(expected), "missing " + expected);
    }
    assertFalse(page.body().contains("ghs_"), "no installation token on the page");
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) n++;
    return n;
  }
}
