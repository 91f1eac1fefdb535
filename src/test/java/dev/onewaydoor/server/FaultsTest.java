package dev.onewaydoor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.onewaydoor.fakegithub.FakeRepo;
import dev.onewaydoor.testing.LogCapture;
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

  @Test
  void ourOwnBugIsReportedAsAnInternalErrorNotAsAGitHubOutage() throws Exception {
    h = new AppHarness();
    BookingScenario s = new BookingScenario(h);
    // GitHub "creates" the check run but the answer has no id: our code trips over it.
    h.github.fail("POST", ".*/check-runs", 201, Map.of(), 1);
    try (LogCapture logs = LogCapture.of("dev.onewaydoor", Level.ERROR)) {
      h.deliver("pull_request", s.event("pull_request.opened", "dev"));
      h.awaitIdle();
      FakeRepo.CheckRun run = s.repo.latestRun(s.head);
      assertEquals("failure", run.conclusion);
      assertTrue(run.summary.contains("internal error"), run.summary);
      assertTrue(run.summary.contains("not a GitHub problem"), run.summary);
      assertFalse(run.summary.contains("outage"), run.summary);
      ILoggingEvent error = logs.await(e -> e.getFormattedMessage().startsWith("internal error"), 5);
      assertNotNull(error.getThrowableProxy(), "the stack trace is logged");
    }
  }

  @Test
  void gitHubsFailureIsReportedAsGitHubs() throws Exception {
    h = new AppHarness();
    BookingScenario s = new BookingScenario(h);
    h.github.fail("GET", ".*/compare/.*", 404, Map.of(), 100);
    h.deliver("pull_request", s.event("pull_request.opened", "dev"));
    h.awaitIdle();
    FakeRepo.CheckRun run = s.repo.latestRun(s.head);
    assertTrue(run.summary.contains("GitHub did not answer as expected"), run.summary);
    assertFalse(run.summary.contains("internal error"), run.summary);
  }
}
