package dev.onewaydoor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.github.WebhookSignature;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the webhook endpoint answers, before any work: signatures, headers, JSON, duplicates. */
class WebhookIntakeTest {
  private static AppHarness h;

  @BeforeAll
  static void start() throws Exception {
    h = new AppHarness();
  }

  @AfterAll
  static void stop() {
    assertEquals(List.of(), h.github.violations);
    h.close();
  }

  private static String sign(byte[] body) {
    return new WebhookSignature(AppHarness.SECRET).sign(body);
  }

  @Test
  void signatureMatchesGitHubsTestVector() {
    assertEquals("sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17",
        sign("Hello, World!".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void missingOrWrongSignatureIs401() throws Exception {
    byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
    assertEquals(401, h.post(body, Map.of("X-GitHub-Event", "ping", "X-GitHub-Delivery", "d1")));
    assertEquals(401, h.post(body, Map.of("X-GitHub-Event", "ping", "X-GitHub-Delivery", "d1",
        "X-Hub-Signature-256", sign("{ }".getBytes(StandardCharsets.UTF_8)))));
    assertEquals(401, h.post(body, Map.of("X-GitHub-Event", "ping", "X-GitHub-Delivery", "d1",
        "X-Hub-Signature-256", "sha1=abc")));
  }

  @Test
  void missingHeadersAndMalformedJsonAre400() throws Exception {
    byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
    assertEquals(400, h.post(body, Map.of("X-GitHub-Delivery", "d2", "X-Hub-Signature-256", sign(body))));
    assertEquals(400, h.post(body, Map.of("X-GitHub-Event", "ping", "X-Hub-Signature-256", sign(body))));
    byte[] broken = "{\"action\": ".getBytes(StandardCharsets.UTF_8);
    assertEquals(400, h.post(broken, Map.of("X-GitHub-Event", "pull_request", "X-GitHub-Delivery", "d3",
        "X-Hub-Signature-256", sign(broken))));
    byte[] array = "[1,2]".getBytes(StandardCharsets.UTF_8);
    assertEquals(400, h.post(array, Map.of("X-GitHub-Event", "pull_request", "X-GitHub-Delivery", "d4",
        "X-Hub-Signature-256", sign(array))));
  }

  @Test
  void pingAndUninterestingEvents() throws Exception {
    assertEquals(200, h.deliver("ping", h.payload("ping")));
    assertEquals(202, h.deliver("pull_request", h.payload("pull_request.unlabeled").put("action", "closed")));
    assertEquals(202, h.deliver("star", Map.of("action", "created")));
    h.awaitIdle();
  }

  @Test
  void duplicateDeliveriesAreAnsweredButNotRedone() throws Exception {
    BookingScenario s = new BookingScenario(h);
    Object event = s.event(h, "pull_request.opened", "dev");
    assertEquals(202, h.deliver("pull_request", event, "dup-1"));
    assertEquals(200, h.deliver("pull_request", event, "dup-1"));
    h.awaitIdle();
    assertEquals(1, s.repo.runsFor(s.head).size());
  }

  @Test
  void bodiesOfTwentyFiveMegabytesAreAccepted() throws Exception {
    StringBuilder sb = new StringBuilder("{\"action\":\"created\",\"padding\":\"");
    sb.append("x".repeat(25_000_000)).append("\"}");
    byte[] body = sb.toString().getBytes(StandardCharsets.UTF_8);
    assertEquals(202, h.post(body, Map.of("X-GitHub-Event", "star", "X-GitHub-Delivery", "big",
        "X-Hub-Signature-256", sign(body))));
  }

  @Test
  void healthAndRulePages() throws Exception {
    assertEquals(200, h.get("/healthz").statusCode());
    assertTrue(h.get("/").body().contains("rename-column"));
    assertTrue(h.get("/rules/rename-column").body().contains("booking_ref"));
    assertEquals(404, h.get("/rules/nope").statusCode());
  }
}
