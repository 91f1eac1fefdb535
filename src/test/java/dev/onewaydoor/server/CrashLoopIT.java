package dev.onewaydoor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onewaydoor.fakegithub.FakeGitHub;
import dev.onewaydoor.fakegithub.FakeRepo;
import dev.onewaydoor.testing.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6, item 2: a delivery whose job kills the process (here: SIGKILL while the job reads
 * the repository, as the kernel's OOM killer ends a process that outgrows its machine) is
 * replayed from DATA_DIR at each restart. After three starts it is quarantined: the server
 * stays up, the check says why, and other work goes on.
 */
class CrashLoopIT {
  private static final String POISON = "acme/poison";
  @TempDir Path data;

  @Test
  void aDeliveryThatKeepsKillingTheServerIsQuarantinedAfterThreeStarts() throws Exception {
    try (FakeGitHub github = new FakeGitHub("12345", TestKeys.publicKey())) {
      BookingScenario innocent = new BookingScenario(github, Map.of());
      FakeRepo poison = github.repo(POISON);
      String base = poison.commit(Map.of(BookingScenario.V1_PATH, BookingScenario.V1));
      String head = poison.commit(Map.of(BookingScenario.V1_PATH, BookingScenario.V1, BookingScenario.V2_PATH,
          BookingScenario.V2));
      poison.openPr(9, base, head);
      ObjectNode event = AppHarness.pullRequestEvent("pull_request.opened", 9, base, head, List.of(), "dev");
      ((ObjectNode) event.get("repository")).put("full_name", POISON).put("name", "poison");
      // The job's first read of the repository never gets an answer: the process is killed meanwhile.
      Semaphore jobReads = github.hold("GET", "^/repos/" + POISON + "/(contents/.*|git/.*|pulls/\\d+/files|compare/.*|tarball/.*)$");

      try (JarServer server = new JarServer(github, data)) {
        assertEquals(202, server.deliver("pull_request", event));
        for (int start = 1; start <= LeftoverReplay.MAX_ATTEMPTS; start++) {
          assertTrue(jobReads.tryAcquire(60, TimeUnit.SECONDS), "start " + start + " did not run the job:\n" + server.log());
          server.kill();
          github.letHeldGo();
          server.start(); // as Fly.io restarts a machine whose process died
        }

        assertTrue(github.await(() -> {
          FakeRepo.CheckRun run = poison.latestRun(head);
          return run != null && "failure".equals(run.conclusion);
        }, 60), "no failed check run on the quarantined commit:\n" + server.log());
        FakeRepo.CheckRun run = poison.latestRun(head);
        assertEquals("OneWayDoor could not review this commit", run.title);
        assertTrue(run.summary.contains("stopped the OneWayDoor server 3 times"), run.summary);
        assertEquals(0, jobReads.availablePermits(), "the quarantined delivery was run again");
        assertEquals(1, count(data.resolve("quarantine"), ".delivery"));
        assertEquals(0, count(data.resolve("inbox"), ""));
        assertTrue(server.log().contains("quarantined a pull_request.opened delivery for acme/poison"), server.log());

        assertTrue(server.alive());
        assertEquals(200, server.get("/healthz"));
        assertEquals(202, server.deliver("pull_request", innocent.event("pull_request.opened", "dev")));
        assertTrue(github.await(() -> {
          FakeRepo.CheckRun r = innocent.repo.latestRun(innocent.head);
          return r != null && "completed".equals(r.status);
        }, 60), "other work does not go on:\n" + server.log());
        assertEquals("3 one-way doors blocking", innocent.repo.latestRun(innocent.head).title);
      }
      assertEquals(List.of(), github.violations);
    }
  }

  private static long count(Path dir, String suffix) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(suffix)).count();
    }
  }
}
