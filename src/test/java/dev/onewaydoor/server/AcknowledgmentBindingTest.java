package dev.onewaydoor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.fakegithub.FakeRepo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An acknowledgment covers exactly what its check run showed, and a job reviews exactly the
 * commits it names: pushes that race a label or a click are never covered by it.
 */
class AcknowledgmentBindingTest {
  private static final String V3_PATH = "db/migration/V3__drop_reservations.sql";
  private AppHarness h;
  private BookingScenario s;

  @BeforeEach
  void open() throws Exception {
    h = new AppHarness();
    s = new BookingScenario(h);
    h.deliver("pull_request", s.event(h, "pull_request.opened", "dev"));
    h.awaitIdle();
    assertEquals("failure", s.repo.latestRun(s.head).conclusion);
  }

  @AfterEach
  void close() {
    assertEquals(List.of(), h.github.violations);
    h.close();
  }

  /** Pushes a commit that adds a DROP TABLE, without delivering its synchronize event yet. */
  private String pushDropTable() {
    Map<String, String> files = new LinkedHashMap<>(Map.of("README.md", "# booking\n", BookingScenario.V1_PATH,
        BookingScenario.V1, BookingScenario.V2_PATH, BookingScenario.V2));
    files.put(V3_PATH, "DROP TABLE reservations;\n");
    String newHead = s.repo.commit(files);
    s.pr.headSha = newHead;
    return newHead;
  }

  @Test
  void dropTablePushedBeforeTheLabelEventIsNotCovered() throws Exception {
    String newHead = pushDropTable();
    s.label(h, "alice"); // alice saw the first check; the payload already names the new head
    h.awaitIdle();
    assertEquals(202, h.deliver("pull_request", s.event(h, "pull_request.synchronize", "dev")));
    h.awaitIdle();

    assertEquals("failure", s.repo.latestRun(newHead).conclusion);
    assertFalse(s.pr.labels.contains(BookingScenario.LABEL), "the label must be removed");
    String comment = s.repo.comments.get(s.repo.comments.size() - 1);
    assertTrue(comment.contains("did not cover") && comment.contains(V3_PATH + ":1") && comment.contains("drop-table"), comment);
    assertFalse(comment.contains(BookingScenario.V2_PATH), "what the check showed was covered: " + comment);
  }

  @Test
  void labelAfterTheCheckOfTheNewHeadCoversIt() throws Exception {
    String newHead = pushDropTable();
    h.deliver("pull_request", s.event(h, "pull_request.synchronize", "dev"));
    h.awaitIdle();
    s.label(h, "alice");
    h.awaitIdle();
    assertEquals("success", s.repo.latestRun(newHead).conclusion);
    assertTrue(s.pr.labels.contains(BookingScenario.LABEL));
  }

  @Test
  void acknowledgeOnAnOutdatedCheckRunIsRefused() throws Exception {
    FakeRepo.CheckRun outdated = s.repo.latestRun(s.head);
    String newHead = pushDropTable();
    h.deliver("pull_request", s.event(h, "pull_request.synchronize", "dev"));
    h.awaitIdle();
    s.click(h, outdated, "alice", 12345);
    h.awaitIdle();
    assertFalse(s.pr.labels.contains(BookingScenario.LABEL));
    assertEquals("failure", s.repo.latestRun(newHead).conclusion);
    assertTrue(s.repo.comments.get(0).contains("clicked Acknowledge on the check of an older commit"), s.repo.comments.toString());

    s.click(h, s.repo.latestRun(newHead), "alice", 12345); // the current one counts
    h.awaitIdle();
    assertEquals("success", s.repo.latestRun(newHead).conclusion);
  }

  @Test
  void acknowledgeOnAnotherAppsCheckRunIsIgnored() throws Exception {
    FakeRepo.CheckRun foreign = s.repo.foreignRun(99, 777, "other-app", s.head);
    int before = s.repo.runsFor(s.head).size();
    s.click(h, foreign, "alice", 777);
    h.awaitIdle();
    assertTrue(s.pr.labels.isEmpty());
    assertTrue(s.repo.comments.isEmpty());
    assertEquals(before, s.repo.runsFor(s.head).size());
    assertEquals("failure", s.repo.latestRun(s.head).conclusion);
  }

  @Test
  void reviewOfAnOlderHeadUsesThatCommitsLines() throws Exception {
    String oldHead = s.head;
    s.repo.reviews.clear();
    pushDropTable(); // the pull request moved on; a delayed event still names the old head
    h.deliver("pull_request", h.pullRequestEvent("pull_request.synchronize", 7, s.base, oldHead, List.of(), "dev"));
    h.awaitIdle();
    assertEquals(1, s.repo.reviews.size(), "one review, accepted by GitHub");
    Map<String, Object> review = s.repo.reviews.get(0);
    assertEquals(oldHead, review.get("commit_id"));
    List<?> comments = (List<?>) review.get("comments");
    assertEquals(List.of(BookingScenario.V2_PATH + ":4", BookingScenario.V2_PATH + ":6", BookingScenario.V2_PATH + ":9"),
        comments.stream().map(c -> ((Map<?, ?>) c).get("path") + ":" + ((Map<?, ?>) c).get("line")).collect(Collectors.toList()));
    FakeRepo.CheckRun run = s.repo.latestRun(oldHead);
    assertEquals("3 one-way doors blocking", run.title);
    assertFalse(run.summary.contains(V3_PATH), "the newer commit's migration is not in this review");
  }
}
