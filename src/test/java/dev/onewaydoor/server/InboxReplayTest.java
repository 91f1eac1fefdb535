package dev.onewaydoor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onewaydoor.fakegithub.FakeRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With DATA_DIR, an accepted delivery survives a restart until its work is done. */
class InboxReplayTest {
  @TempDir Path data;

  private long inboxFiles() throws Exception {
    try (Stream<Path> s = Files.list(data.resolve("inbox"))) {
      return s.count();
    }
  }

  @Test
  void acceptedDeliveriesAreRemovedOnceTheQueueDrains() throws Exception {
    try (AppHarness h = new AppHarness(Map.of("DATA_DIR", data.toString()))) {
      BookingScenario s = new BookingScenario(h);
      assertEquals(202, h.deliver("pull_request", s.event(h, "pull_request.opened", "dev")));
      h.awaitIdle();
      assertEquals("failure", s.repo.latestRun(s.head).conclusion);
      assertEquals(0, inboxFiles());
    }
  }

  @Test
  void aDeliveryLeftByACrashedProcessIsReplayedAtStartUp() throws Exception {
    // What the previous process wrote before it answered 202 and died.
    String[] head = new String[1];
    byte[][] body = new byte[1][];
    try (AppHarness first = new AppHarness()) {
      BookingScenario s = new BookingScenario(first);
      head[0] = s.head;
      body[0] = new ObjectMapper().writeValueAsBytes(s.event(first, "pull_request.opened", "dev"));
    }
    Files.createDirectories(data.resolve("inbox"));
    Files.write(data.resolve("inbox/5f0c7a9e-0000-4000-8000-000000000001.delivery"),
        concat("pull_request\n".getBytes(), body[0]));

    try (AppHarness h = new AppHarness(Map.of("DATA_DIR", data.toString()), gh -> {
      FakeRepo repo = gh.repo(AppHarness.REPO);
      String base = repo.commit(Map.of("README.md", "# booking\n", BookingScenario.V1_PATH, BookingScenario.V1));
      String again = repo.commit(Map.of("README.md", "# booking\n", BookingScenario.V1_PATH, BookingScenario.V1,
          BookingScenario.V2_PATH, BookingScenario.V2));
      assertEquals(head[0], again, "commits are content-addressed in the fake");
      repo.openPr(7, base, again);
    })) {
      h.awaitIdle();
      FakeRepo repo = h.github.repo(AppHarness.REPO);
      assertEquals("failure", repo.latestRun(head[0]).conclusion);
      assertEquals(0, inboxFiles());
      assertEquals(List.of(), h.github.violations);
      assertTrue(repo.reviews.size() == 1);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
