package dev.onewaydoor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.fakegithub.FakeRepo;
import dev.onewaydoor.fakegithub.TarBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Changes too big for GitHub's lists or for memory: reviewed whole another way, or failed
 * saying why — never green on a partial view, never a silent pass of an unread file.
 */
class LargeChangeTest {
  private AppHarness h;

  @AfterEach
  void close() {
    assertEquals(List.of(), h.github.violations);
    h.close();
  }

  /** A pull request adding 3,050 other files and, listed after them, a migration that drops a column. */
  private FakeRepo.Pr manyFiles(FakeRepo repo) {
    Map<String, String> base = new LinkedHashMap<>(Map.of("README.md", "# booking\n", BookingScenario.V1_PATH,
        BookingScenario.V1));
    Map<String, String> head = new LinkedHashMap<>(base);
    for (int i = 0; i < 3050; i++) head.put(String.format("assets/icons/f%04d.svg", i), "<svg id=\"" + i + "\"/>\n");
    head.put("db/migration/V2__drop_fax.sql", "ALTER TABLE reservations DROP COLUMN fax_number;\n");
    return repo.openPr(21, repo.commit(base), repo.commit(head));
  }

  @Test
  void moreThanThreeThousandFilesAreReviewedFromTheArchives() throws Exception {
    h = new AppHarness();
    FakeRepo repo = h.github.repo(AppHarness.REPO);
    FakeRepo.Pr pr = manyFiles(repo);
    h.deliver("pull_request", h.pullRequestEvent("pull_request.opened", 21, pr.baseSha, pr.headSha, List.of(), "dev"));
    h.awaitIdle();
    FakeRepo.CheckRun run = repo.latestRun(pr.headSha);
    assertEquals("failure", run.conclusion);
    assertEquals("1 one-way door blocking", run.title);
    assertTrue(run.summary.contains("drop-column"), run.summary);
    assertEquals(1, h.github.requests("GET", ".*/tarball/" + pr.headSha).size());
  }

  @Test
  void tooManyFilesAndAnArchiveOverTheCapFailSayingSo() throws Exception {
    h = new AppHarness(Map.of("MAX_REPOSITORY_MB", "1"));
    FakeRepo repo = h.github.repo(AppHarness.REPO);
    FakeRepo.Pr pr = manyFiles(repo);
    byte[] noise = new byte[3 << 20];
    new Random(7).nextBytes(noise);
    repo.tarballOverrides.put(pr.headSha, new TarBuilder().file("acme-booking-0000000/blob.txt", noise).finish());
    h.deliver("pull_request", h.pullRequestEvent("pull_request.opened", 21, pr.baseSha, pr.headSha, List.of(), "dev"));
    h.awaitIdle();
    FakeRepo.CheckRun run = repo.latestRun(pr.headSha);
    assertEquals("failure", run.conclusion);
    assertEquals("Too many files to review", run.title);
    assertTrue(run.summary.contains("larger than 1 MB"), run.summary);
  }

  @Test
  void aCorruptArchiveFailsTheCheckInsteadOfReviewingPartOfIt() throws Exception {
    h = new AppHarness();
    FakeRepo repo = h.github.repo(AppHarness.REPO);
    FakeRepo.Pr pr = manyFiles(repo);
    byte[] whole = TarBuilder.of(repo.fullName, pr.headSha, repo.files(pr.headSha));
    repo.tarballOverrides.put(pr.headSha, java.util.Arrays.copyOf(whole, whole.length / 2)); // cut short
    h.deliver("pull_request", h.pullRequestEvent("pull_request.opened", 21, pr.baseSha, pr.headSha, List.of(), "dev"));
    h.awaitIdle();
    FakeRepo.CheckRun run = repo.latestRun(pr.headSha);
    assertEquals("failure", run.conclusion);
    assertEquals("OneWayDoor could not finish", run.title);
  }

  @Test
  void aMigrationOverTheFileCapIsABlockingFindingNotASilentPass() throws Exception {
    h = new AppHarness();
    FakeRepo repo = h.github.repo(AppHarness.REPO);
    StringBuilder seed = new StringBuilder();
    for (int i = 0; seed.length() < (3 << 20); i++) {
      seed.append("INSERT INTO reservations (booking_ref, guest_name) VALUES ('R").append(i).append("', 'Guest ")
          .append(i).append("');\n");
    }
    Map<String, String> base = Map.of(BookingScenario.V1_PATH, BookingScenario.V1);
    Map<String, String> head = new LinkedHashMap<>(base);
    head.put("db/migration/V2__seed.sql", seed.toString());
    String baseSha = repo.commit(base);
    String headSha = repo.commit(head);
    repo.openPr(22, baseSha, headSha);
    h.deliver("pull_request", h.pullRequestEvent("pull_request.opened", 22, baseSha, headSha, List.of(), "dev"));
    h.awaitIdle();
    FakeRepo.CheckRun run = repo.latestRun(headSha);
    assertEquals("failure", run.conclusion);
    assertEquals("1 one-way door blocking", run.title);
    assertEquals("too-large-to-analyse (blocking)", run.annotations.get(0).get("title"));
    assertEquals("db/migration/V2__seed.sql", run.annotations.get(0).get("path"));
    assertTrue(run.summary.contains("nothing in it is verified"), run.summary);
    assertFalse(run.summary.contains("INSERT INTO"), "the file was not read");
  }
}
