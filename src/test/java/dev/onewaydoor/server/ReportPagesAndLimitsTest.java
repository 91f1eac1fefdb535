package dev.onewaydoor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onewaydoor.fakegithub.FakeRepo;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Where report pages are published (REPORT_PAGES, private repositories), what the check run
 * carries when its summary would pass GitHub's 65,535 characters, and code that is too large
 * to scan: said, never skipped silently.
 */
class ReportPagesAndLimitsTest {
  private static final String PUBLIC_URL = "https://onewaydoor.example.com";
  private static final int LIMIT = 65_535;
  private AppHarness h;

  @AfterEach
  void close() {
    if (h != null) {
      assertEquals(List.of(), h.github.violations, "requests GitHub's API description does not allow");
      h.close();
    }
  }

  @Test
  void aPrivateRepositoryGetsNoPageAndItsCheckRunCarriesEverything() throws Exception {
    FakeRepo.CheckRun run = review(Map.of("PUBLIC_URL", PUBLIC_URL), true);
    assertFalse(run.detailsUrl.contains("/reports/"), run.detailsUrl);
    assertFalse(run.summary.contains("Full report"));
    assertTrue(run.summary.contains("Expand–contract plan (postgresql, 3 phases)"));
    assertTrue(run.summary.contains("Rollback to the release running now breaks here"));
  }

  @Test
  void reportPagesAllPublishesForPrivateRepositoriesToo() throws Exception {
    FakeRepo.CheckRun run = review(Map.of("PUBLIC_URL", PUBLIC_URL, "REPORT_PAGES", "all"), true);
    assertTrue(run.detailsUrl.startsWith(PUBLIC_URL + "/reports/"), run.detailsUrl);
    assertEquals(200, h.get(run.detailsUrl.substring(PUBLIC_URL.length())).statusCode());
  }

  @Test
  void reportPagesOffPublishesNone() throws Exception {
    FakeRepo.CheckRun run = review(Map.of("PUBLIC_URL", PUBLIC_URL, "REPORT_PAGES", "off"), false);
    assertEquals(PUBLIC_URL + "/", run.detailsUrl);
  }

  @Test
  void plansThatDoNotFitTheSummaryFollowInTheTextAndOnThePage() throws Exception {
    h = new AppHarness(Map.of("PUBLIC_URL", PUBLIC_URL));
    FakeRepo repo = h.github.repo(AppHarness.REPO);
    StringBuilder create = new StringBuilder("CREATE TABLE wide (id bigint PRIMARY KEY");
    StringBuilder renames = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      create.append(",\n  column_number_").append(i).append(" varchar(100) NOT NULL");
      renames.append("ALTER TABLE wide RENAME COLUMN column_number_").append(i).append(" TO renamed_column_").append(i)
          .append(";\n");
    }
    String v1 = create.append("\n);\n").toString();
    String base = repo.commit(Map.of(BookingScenario.V1_PATH, v1));
    String head = repo.commit(Map.of(BookingScenario.V1_PATH, v1, BookingScenario.V2_PATH, renames.toString()));
    FakeRepo.Pr pr = repo.openPr(9, base, head);
    h.deliver("pull_request", h.pullRequestEvent("pull_request.opened", pr.number, base, head, List.of(), "dev"));
    h.awaitIdle();

    FakeRepo.CheckRun run = repo.latestRun(head);
    assertTrue(run.summary.length() <= LIMIT, "summary of " + run.summary.length());
    assertTrue(run.summary.contains("The expand–contract plans follow below this summary"), run.summary);
    assertEquals(60, count(run.summary, "### ⛔ `rename-column`"), "every finding is in the summary");
    assertFalse(run.summary.contains("Expand–contract plan ("));
    assertTrue(run.text.length() <= LIMIT, "text of " + run.text.length());
    int inText = count(run.text, "Expand–contract plan (postgresql, 3 phases)");
    assertTrue(inText > 5 && inText < 60, inText + " plans fit the text");
    assertTrue(run.text.endsWith("The details of " + (60 - inText) + " more findings do not fit here: the full report "
        + "has them (" + run.detailsUrl + ")."), run.text.substring(run.text.length() - 300));
    String page = h.get(run.detailsUrl.substring(PUBLIC_URL.length())).body();
    assertEquals(60, count(page, "Expand–contract plan (postgresql, 3 phases)"), "the page has every plan");
  }

  @Test
  void aHeadTooLargeToReadIsSaidAndTheBaseIsStillScanned() throws Exception {
    h = new AppHarness(Map.of("MAX_REPOSITORY_MB", "1"));
    Random random = new Random(42);
    Map<String, String> bulk = new LinkedHashMap<>();
    for (int i = 0; i < 3; i++) {
      byte[] noise = new byte[600_000];
      random.nextBytes(noise);
      bulk.put("assets/fixture-" + i + ".txt", Base64.getEncoder().encodeToString(noise));
    }
    BookingWithCode s = new BookingWithCode(h, bulk);
    h.deliver("pull_request", s.opened(h));
    h.awaitIdle();

    FakeRepo.CheckRun run = s.repo.latestRun(s.head);
    assertEquals("failure", run.conclusion, "the findings still block");
    assertTrue(run.summary.contains("Code at the head not scanned: "), run.summary);
    assertTrue(run.summary.contains("**Rollback to the release running now breaks here:**\n\n- `"
        + BookingWithCode.REPOSITORY + ":4`"), "the base was read: " + run.summary);
  }

  /** Reviews the booking pull request with code, the repository public or private. */
  private FakeRepo.CheckRun review(Map<String, String> env, boolean isPrivate) throws Exception {
    h = new AppHarness(env);
    BookingWithCode s = new BookingWithCode(h, Map.of());
    s.repo.isPrivate = isPrivate;
    ObjectNode event = (ObjectNode) s.opened(h);
    ((ObjectNode) event.at("/pull_request/base/repo")).put("private", isPrivate);
    ((ObjectNode) event.get("repository")).put("private", isPrivate);
    assertEquals(202, h.deliver("pull_request", event));
    h.awaitIdle();
    return s.repo.latestRun(s.head);
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) n++;
    return n;
  }
}
