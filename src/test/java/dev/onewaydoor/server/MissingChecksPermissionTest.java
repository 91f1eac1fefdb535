package dev.onewaydoor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Without {@code checks: write}, the result still reaches the pull request: a commit status and one comment. */
class MissingChecksPermissionTest {
  private AppHarness h;

  @AfterEach
  void close() {
    assertEquals(List.of(), h.github.violations);
    h.close();
  }

  @Test
  void aForbiddenCheckRunFallsBackToACommitStatusAndOneComment() throws Exception {
    h = new AppHarness();
    BookingScenario s = new BookingScenario(h);
    s.repo.checksWritable = false;
    h.deliver("pull_request", s.event(h, "pull_request.opened", "dev"));
    h.awaitIdle();
    assertTrue(s.repo.checkRuns.isEmpty());
    String last = s.repo.statuses.get(s.repo.statuses.size() - 1);
    assertEquals(s.head + ":OneWayDoor:failure:3 one-way doors blocking", last);
    assertEquals(1, s.repo.comments.size());
    assertTrue(s.repo.comments.get(0).contains("`checks: write`"), s.repo.comments.get(0));
    assertEquals(1, s.repo.reviews.size(), "the findings are still in the review");

    h.deliver("pull_request", s.event(h, "pull_request.synchronize", "dev"));
    h.awaitIdle();
    assertEquals(1, s.repo.comments.size(), "the missing permission is said once per pull request");
  }

  @Test
  void aChangeWithoutMigrationsGetsASuccessStatus() throws Exception {
    h = new AppHarness();
    var repo = h.github.repo(AppHarness.REPO);
    repo.checksWritable = false;
    String base = repo.commit(Map.of("README.md", "# x\n"));
    String head = repo.commit(Map.of("README.md", "# y\n"));
    repo.openPr(3, base, head);
    h.deliver("pull_request", h.pullRequestEvent("pull_request.opened", 3, base, head, List.of(), "dev"));
    h.awaitIdle();
    assertEquals(List.of(head + ":OneWayDoor:success:No migrations changed"), repo.statuses);
    assertEquals(1, repo.comments.size());
  }
}
