package dev.onewaydoor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onewaydoor.github.WebhookSignature;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * 300 clients trickling their body a byte a second, and 100 trickling their request head, on
 * real sockets: a valid delivery and {@code /healthz} are still answered within a second, and
 * the slow clients are cut off once the deadlines pass.
 */
class SlowClientsTest {
  private static final int BODY_TRICKLERS = 300;
  private static final int HEAD_TRICKLERS = 100;

  @Test
  void slowClientsDelayNeitherDeliveriesNorHealthChecks() throws Exception {
    try (AppHarness h = new AppHarness()) {
      BookingScenario s = new BookingScenario(h);
      int port = h.running.server().port();
      List<RawClient> bodies = new ArrayList<>();
      List<RawClient> heads = new ArrayList<>();
      ScheduledExecutorService drip = Executors.newSingleThreadScheduledExecutor();
      try {
        for (int i = 0; i < BODY_TRICKLERS; i++) {
          RawClient c = new RawClient(port);
          c.send(RawClient.head("slow-" + i, 1000));
          bodies.add(c);
        }
        for (int i = 0; i < HEAD_TRICKLERS; i++) heads.add(new RawClient(port));
        CountDownLatch twoRounds = new CountDownLatch(2);
        String head = RawClient.head("slow-head", 10);
        int[] sent = {0};
        drip.scheduleAtFixedRate(() -> {
          for (RawClient c : bodies) quietly(c, "{");
          for (RawClient c : heads) quietly(c, head.substring(sent[0] % head.length(), sent[0] % head.length() + 1));
          sent[0]++;
          twoRounds.countDown();
        }, 0, 1, TimeUnit.SECONDS);
        assertTrue(twoRounds.await(10, TimeUnit.SECONDS));

        // Every slow client is now inside the server. A valid delivery must not wait for them.
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        byte[] body = new ObjectMapper().writeValueAsBytes(s.event("pull_request.opened", "dev"));
        HttpRequest delivery = HttpRequest.newBuilder(URI.create(h.url("/api/github/webhooks")))
            .timeout(Duration.ofSeconds(1)).POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .header("X-GitHub-Event", "pull_request").header("X-GitHub-Delivery", "valid-during-slowloris")
            .header("X-Hub-Signature-256", new WebhookSignature(AppHarness.SECRET).sign(body)).build();
        assertEquals(202, client.send(delivery, HttpResponse.BodyHandlers.discarding()).statusCode());
        HttpRequest health = HttpRequest.newBuilder(URI.create(h.url("/healthz"))).timeout(Duration.ofSeconds(1)).build();
        assertEquals(200, client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode());
        h.awaitIdle();
        assertEquals("failure", s.repo.latestRun(s.head).conclusion, "the delivery's review completed");

        // The trickling clients are cut off: bodies when the body deadline passes, heads when the head deadline does.
        for (RawClient c : bodies) {
          String answer = c.readAll(20);
          assertTrue(answer.startsWith("HTTP/1.1 408") || answer.equals("[reset]"), answer);
        }
        for (RawClient c : heads) assertTrue(!c.readAll(20).contains("[timeout]"), "a slow head was not cut off");
      } finally {
        drip.shutdownNow();
        for (RawClient c : bodies) c.close();
        for (RawClient c : heads) c.close();
      }
    }
  }

  private static void quietly(RawClient c, String text) {
    try {
      c.send(text);
    } catch (java.io.IOException e) {
      // cut off by the server: expected once the deadlines pass
    }
  }
}
