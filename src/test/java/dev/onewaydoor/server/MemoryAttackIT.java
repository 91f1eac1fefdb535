package dev.onewaydoor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.fakegithub.FakeGitHub;
import dev.onewaydoor.fakegithub.FakeRepo;
import dev.onewaydoor.github.WebhookSignature;
import dev.onewaydoor.testing.TestKeys;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6, item 1: eight concurrent 25 MB bodies without a signature, eight with a wrong one
 * and eight signed, against the real jar with fly.toml's JVM sizing (~100 MB heap). Before the
 * fix two unsigned bodies ended the process with OutOfMemoryError; now it answers each one and
 * reviews a pull request sent in the middle of it.
 */
class MemoryAttackIT {
  private static final int EACH = 8;
  @TempDir Path data;

  @Test
  void twentyFiveMegabyteBodiesInParallelNeitherKillTheServerNorStopItsWork() throws Exception {
    try (FakeGitHub github = new FakeGitHub("12345", TestKeys.publicKey());
        JarServer server = new JarServer(github, data)) {
      BookingScenario s = new BookingScenario(github, Map.of());
      byte[] big = ("{\"action\":\"created\",\"padding\":\"" + "x".repeat(25_000_000 - 34) + "\"}")
          .getBytes(StandardCharsets.UTF_8);
      String signature = new WebhookSignature(AppHarness.SECRET).sign(big);
      String wrong = new WebhookSignature("guessed").sign(big);
      ExecutorService pool = Executors.newFixedThreadPool(3 * EACH + 1);
      List<Future<Integer>> unsigned = new ArrayList<>();
      List<Future<Integer>> forged = new ArrayList<>();
      List<Future<Integer>> signed = new ArrayList<>();
      for (int i = 0; i < EACH; i++) {
        int n = i;
        unsigned.add(pool.submit(() -> server.post(big, Map.of("X-GitHub-Event", "star", "X-GitHub-Delivery", "u" + n))));
        forged.add(pool.submit(() -> server.post(big, Map.of("X-GitHub-Event", "star", "X-GitHub-Delivery", "f" + n,
            "X-Hub-Signature-256", wrong))));
        signed.add(pool.submit(() -> server.post(big, Map.of("X-GitHub-Event", "star", "X-GitHub-Delivery", "s" + n,
            "X-Hub-Signature-256", signature))));
      }
      Future<Integer> review = pool.submit(() -> server.deliver("pull_request", s.event("pull_request.opened", "dev")));
      for (Future<Integer> f : unsigned) assertEquals(401, f.get());
      for (Future<Integer> f : forged) assertEquals(401, (int) f.get());
      for (Future<Integer> f : signed) assertEquals(202, (int) f.get());
      assertEquals(202, review.get());
      pool.shutdown();

      assertTrue(server.alive(), "the server died:\n" + server.log());
      assertEquals(200, server.get("/healthz"));
      assertTrue(github.await(() -> {
        FakeRepo.CheckRun run = s.repo.latestRun(s.head);
        return run != null && "completed".equals(run.status);
      }, 60), "the review did not complete: " + s.repo.runsFor(s.head).stream().map(r -> r.status + "/" + r.conclusion
          + "/" + r.title).toList() + "\n" + server.log());
      assertEquals("3 one-way doors blocking", s.repo.latestRun(s.head).title);
      long peakMb = server.peakRssKb() / 1024;
      System.out.println("MemoryAttackIT: peak RSS " + peakMb + " MB under " + 3 * EACH + " concurrent 25 MB bodies");
      assertTrue(peakMb < 256, "peak RSS " + peakMb + " MB does not fit the 256 MB machine");
      assertTrue(!server.log().contains("java.lang.OutOfMemoryError"), server.log());
      assertEquals(List.of(), github.violations);
    }
  }
}
