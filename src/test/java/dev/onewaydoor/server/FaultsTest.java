package dev.onewaydoor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.fakegithub.FakeRepo;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** GitHub misbehaving in the middle of a job: retried, or reported on the check run. */
class FaultsTest {
  private AppHarness h;

  @AfterEach
  void stop() {
    h.close();
  }

  @Test
  void badGatewayAndSecondaryRateLimitAreRetried() throws Exception {
    h = new AppHarness();
    BookingScenario s = new BookingScenario(h);
    h.github.fail("GET", ".*/compare/.*", 502, Map.of(), 1);
    h.github.fail("PATCH", ".*/check-runs/\\d+", 403, Map.of("Retry-After", "3"), 1);
    h.deliver("pull_request", s.event(h, "pull_request.opened", "dev"));
    h.awaitIdle();
    FakeRepo.CheckRun run = s.repo.latestRun(s.head);
    assertEquals("failure", run.conclusion);
    assertEquals("3 one-way doors blocking", run.title);
    assertEquals(2, h.github.requests("GET", ".*/compare/.*").size());
    assertTrue(h.sleeps.contains(1000L), "5xx backoff starts at 1 s: " + h.sleeps);
    assertTrue(h.sleeps.contains(3000L), "Retry-After is honoured: " + h.sleeps);
    assertEquals(List.of(), h.github.violations);
  }

  @Test
  void aRevokedTokenIsReplacedOnce() throws Exception {
    h = new AppHarness();
    BookingScenario s = new BookingScenario(h);
    h.github.fail("GET", ".*/compare/.*", 401, Map.of(), 1);
    h.deliver("pull_request", s.event(h, "pull_request.opened", "dev"));
    h.awaitIdle();
    assertEquals("failure", s.repo.latestRun(s.head).conclusion);
    assertEquals("3 one-way doors blocking", s.repo.latestRun(s.head).title);
    assertEquals(2, h.github.requests("POST", "/app/installations/\\d+/access_tokens").size());
    assertEquals(List.of(), h.github.violations);
  }

  @Test
  void rateLimitWithoutRetryAfterWaitsForTheReset() throws Exception {
    h = new AppHarness();
    BookingScenario s = new BookingScenario(h);
    long reset = System.currentTimeMillis() / 1000 + 2;
    h.github.fail("GET", ".*/tarball/.*", 403, Map.of("x-ratelimit-remaining", "0", "x-ratelimit-reset", String.valueOf(reset)), 1);
    h.deliver("pull_request", s.event(h, "pull_request.opened", "dev"));
    h.awaitIdle();
    assertEquals("failure", s.repo.latestRun(s.head).conclusion);
    assertTrue(h.sleeps.stream().anyMatch(ms -> ms >= 1000 && ms <= 3000), h.sleeps.toString());
  }

  @Test
  void aJobThatFinallyFailsCompletesItsCheckRunWithTheReason() throws Exception {
    h = new AppHarness();
    BookingScenario s = new BookingScenario(h);
    h.github.fail("GET", ".*/tarball/.*", 500, Map.of(), 100);
    h.deliver("pull_request", s.event(h, "pull_request.opened", "dev"));
    h.awaitIdle();
    FakeRepo.CheckRun run = s.repo.latestRun(s.head);
    assertEquals("completed", run.status);
    assertEquals("failure", run.conclusion);
    assertEquals("OneWayDoor could not finish", run.title);
    assertTrue(run.summary.contains("answered 500"), run.summary);
    assertEquals(5, h.github.requests("GET", ".*/tarball/.*").size());
  }
}
