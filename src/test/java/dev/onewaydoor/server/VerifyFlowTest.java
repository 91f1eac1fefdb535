package dev.onewaydoor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onewaydoor.fakegithub.FakeRepo;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The App with {@code verify: true} in the base config: the booking pull request run on the
 * real embedded PostgreSQL, and forks verified only when the operator allows it.
 */
class VerifyFlowTest {
  private static final Map<String, String> VERIFY_ON = Map.of(".github/onewaydoor.yml", "verify: true\n");
  private AppHarness h;

  @AfterEach
  void close() {
    if (h != null) {
      assertEquals(List.of(), h.github.violations, "requests GitHub's API description does not allow");
      h.close();
    }
  }

  private static ObjectNode fromFork(ObjectNode event) {
    ObjectNode head = (ObjectNode) event.get("pull_request").get("head");
    ((ObjectNode) head.get("repo")).put("full_name", "stranger/booking");
    return event;
  }

  @Test
  void forkPullRequestIsNotVerifiedByDefaultAndTheCheckSaysSo() throws Exception {
    h = new AppHarness();
    BookingScenario s = new BookingScenario(h, VERIFY_ON);
    assertEquals(202, h.deliver("pull_request", fromFork((ObjectNode) s.event(h, "pull_request.opened", "dev"))));
    h.awaitIdle();
    FakeRepo.CheckRun run = s.repo.latestRun(s.head);
    assertTrue(run.summary.contains("pull request comes from a fork, and this App verifies pull requests from forks"
        + " only when its operator sets VERIFY_FORKS=true"), run.summary);
    assertTrue(run.summary.contains("rename-column"), "the static findings stand: " + run.summary);
    assertFalse(run.summary.contains("verified on PostgreSQL"), run.summary);
  }

  @Test
  void allowedForkIsVerifiedOnTheEmbeddedPostgres() throws Exception {
    h = new AppHarness(Map.of("VERIFY_FORKS", "true"));
    BookingScenario s = new BookingScenario(h, VERIFY_ON);
    assertEquals(202, h.deliver("pull_request", fromFork((ObjectNode) s.event(h, "pull_request.opened", "dev"))));
    h.awaitIdle();
    FakeRepo.CheckRun run = s.repo.latestRun(s.head);
    assertEquals("failure", run.conclusion);
    assertTrue(run.summary.contains("**Verified on PostgreSQL 17.7** (embedded, loopback only)"), run.summary);
    assertTrue(run.summary.contains("`SELECT booking_ref FROM reservations` fails: 42703"), run.summary);
    Map<Object, Object> titles = new java.util.TreeMap<>();
    for (Map<String, Object> a : run.annotations) titles.merge(a.get("start_line"), a.get("title"), (x, y) -> x + ", " + y);
    assertEquals("up-fails (blocking)", titles.get(4), titles.toString());
    // the SELECT of booking_ref, and the INSERT that now misses confirmation_code
    assertEquals("previous-release-breaks (blocking), previous-release-breaks (blocking)", titles.get(6), titles.toString());
    assertFalse(titles.toString().contains("rename-column"), "replaced by what the probes observed: " + titles);
  }
}
