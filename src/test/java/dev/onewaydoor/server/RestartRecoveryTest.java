package dev.onewaydoor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onewaydoor.fakegithub.FakeGitHub;
import dev.onewaydoor.fakegithub.FakeRepo;
import dev.onewaydoor.testing.LogCapture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a process finds in DATA_DIR after its predecessor stopped in the middle of a job (the
 * files are written here as that process left them): stuck check runs are completed, and a
 * delivery that stopped the server three times is quarantined instead of replayed.
 */
class RestartRecoveryTest {
  private static final String EARLIER = Instant.now().minusSeconds(3600).toString();
  @TempDir Path data;

  /** What the stopped process wrote: the delivery, and one line per start of its jobs. */
  private void leftover(String delivery, Object payload, int attempts) throws Exception {
    Path inbox = Files.createDirectories(data.resolve("inbox"));
    byte[] body = new ObjectMapper().writeValueAsBytes(payload);
    byte[] header = ("pull_request " + delivery + "\n").getBytes();
    byte[] all = new byte[header.length + body.length];
    System.arraycopy(header, 0, all, 0, header.length);
    System.arraycopy(body, 0, all, header.length, body.length);
    Files.write(inbox.resolve(delivery + ".delivery"), all);
    if (attempts > 0) Files.writeString(inbox.resolve(delivery + ".attempts"), "started x\n".repeat(attempts));
  }

  private long files(String folder) throws Exception {
    if (!Files.exists(data.resolve(folder))) return 0;
    try (Stream<Path> s = Files.list(data.resolve(folder))) {
      return s.count();
    }
  }

  private static BookingScenario scenario(FakeGitHub gh) {
    return new BookingScenario(gh, Map.of());
  }

  @Test
  void checkRunsLeftInProgressByTheStoppedProcessAreCompletedAndTheReviewIsRedone() throws Exception {
    BookingScenario[] s = new BookingScenario[1];
    try (AppHarness h = new AppHarness(Map.of("DATA_DIR", data.toString()), gh -> {
      s[0] = scenario(gh);
      s[0].repo.seedCheckRun(11, s[0].head, 12345, "in_progress", EARLIER); // ours, stuck
      s[0].repo.seedCheckRun(12, s[0].head, 999, "in_progress", EARLIER); // another App's
      try {
        leftover("5f0c7a9e-0000-4000-8000-00000000000a", s[0].event("pull_request.opened", "dev"), 1);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    })) {
      h.awaitIdle();
      FakeRepo repo = s[0].repo;
      FakeRepo.CheckRun stuck = repo.checkRuns.get(11L);
      assertEquals("cancelled", stuck.conclusion);
      assertEquals("Interrupted by a restart", stuck.title);
      assertTrue(stuck.summary.contains("stopped while it reviewed this commit"), stuck.summary);
      assertEquals("in_progress", repo.checkRuns.get(12L).status, "another App's run is not ours to complete");
      FakeRepo.CheckRun redone = repo.latestRun(s[0].head);
      assertEquals("failure", redone.conclusion);
      assertEquals("3 one-way doors blocking", redone.title);
      assertEquals(0, files("inbox"));
      assertEquals(List.of(), h.github.violations);
    }
  }

  @Test
  void aDeliveryThatStoppedTheServerThreeTimesIsQuarantinedAndItsCheckFails() throws Exception {
    BookingScenario[] s = new BookingScenario[1];
    try (LogCapture logs = LogCapture.of("dev.onewaydoor.server", Level.ERROR);
        AppHarness h = new AppHarness(Map.of("DATA_DIR", data.toString()), gh -> {
          s[0] = scenario(gh);
          s[0].repo.seedCheckRun(21, s[0].head, 12345, "in_progress", EARLIER);
          try {
            leftover("5f0c7a9e-0000-4000-8000-00000000000b", s[0].event("pull_request.opened", "dev"), 3);
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        })) {
      h.awaitIdle();
      FakeRepo repo = s[0].repo;
      FakeRepo.CheckRun run = repo.checkRuns.get(21L);
      assertEquals("failure", run.conclusion);
      assertEquals("OneWayDoor could not review this commit", run.title);
      assertTrue(run.summary.contains("stopped the OneWayDoor server 3 times"), run.summary);
      assertTrue(run.summary.contains("quarantine/5f0c7a9e-0000-4000-8000-00000000000b.delivery"), run.summary);
      assertEquals(1, repo.runsFor(s[0].head).size(), "not reviewed again");
      assertTrue(repo.reviews.isEmpty());
      assertEquals(0, files("inbox"));
      assertEquals(2, files("quarantine"), "the delivery and its count of attempts");
      assertTrue(logs.lines().stream().anyMatch(l -> l.contains("quarantined a pull_request.opened delivery")), logs.lines().toString());
      assertEquals(List.of(), h.github.violations);
    }
  }

  @Test
  void aQuarantinedDeliveryWithNoRunInProgressGetsAFailedRunOfItsOwn() throws Exception {
    BookingScenario[] s = new BookingScenario[1];
    try (AppHarness h = new AppHarness(Map.of("DATA_DIR", data.toString()), gh -> {
      s[0] = scenario(gh);
      try {
        leftover("5f0c7a9e-0000-4000-8000-00000000000c", s[0].event("pull_request.opened", "dev"), 4);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    })) {
      h.awaitIdle();
      FakeRepo.CheckRun run = s[0].repo.latestRun(s[0].head);
      assertEquals("failure", run.conclusion);
      assertEquals("OneWayDoor could not review this commit", run.title);
      assertEquals(1, s[0].repo.runsFor(s[0].head).size());
    }
  }

  @Test
  void deliveriesThatWereRunningAreReplayedOneAtATime() throws Exception {
    BookingScenario[] s = new BookingScenario[1];
    FakeRepo.Pr[] second = new FakeRepo.Pr[1];
    try (AppHarness h = new AppHarness(Map.of("DATA_DIR", data.toString()), gh -> {
      s[0] = scenario(gh);
      second[0] = s[0].repo.openPr(8, s[0].base, s[0].head);
      try {
        leftover("5f0c7a9e-0000-4000-8000-00000000000d", s[0].event("pull_request.opened", "dev"), 1);
        leftover("5f0c7a9e-0000-4000-8000-00000000000e",
            AppHarness.pullRequestEvent("pull_request.opened", 8, s[0].base, s[0].head, List.of(), "dev"), 2);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    })) {
      h.awaitIdle();
      List<FakeGitHub.Received> all = List.copyOf(h.github.requests);
      int lastOfFirst = -1;
      int firstOfSecond = Integer.MAX_VALUE;
      for (int i = 0; i < all.size(); i++) {
        String p = all.get(i).path();
        if (p.contains("/pulls/7/")) lastOfFirst = Math.max(lastOfFirst, i);
        if (p.contains("/pulls/8/")) firstOfSecond = Math.min(firstOfSecond, i);
      }
      assertTrue(lastOfFirst >= 0 && firstOfSecond < all.size(), "both were reviewed");
      assertTrue(lastOfFirst < firstOfSecond, "the second suspect started after the first was done");
      assertEquals(0, files("inbox"));
      assertFalse(Files.exists(data.resolve("quarantine")));
    }
  }

  @Test
  void aDeliveryIdTooLongForAFileNameIsAccepted() throws Exception {
    try (AppHarness h = new AppHarness(Map.of("DATA_DIR", data.toString()))) {
      BookingScenario s = new BookingScenario(h);
      String id = "redelivery-through-a-proxy-" + "x".repeat(300);
      assertEquals(202, h.deliver("pull_request", s.event("pull_request.opened", "dev"), id));
      h.awaitIdle();
      assertEquals("failure", s.repo.latestRun(s.head).conclusion);
      assertEquals(0, files("inbox"));
      assertEquals(200, h.deliver("pull_request", s.event("pull_request.opened", "dev"), id), "still deduplicated");
    }
  }
}
