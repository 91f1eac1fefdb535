package dev.onewaydoor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.onewaydoor.github.WebhookSignature;
import dev.onewaydoor.testing.LogCapture;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** How bodies are read: limits answered from the headers, chunked bodies, aborted uploads, the delivery in the logs. */
class IntakeLimitsTest {
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

  @Test
  void aDeclaredLengthOverGitHubsLimitIs413WithoutReadingTheBody() throws Exception {
    try (RawClient c = new RawClient(h.running.server().port())) {
      c.send(RawClient.head("too-big", 30_000_000L)); // no body follows: the answer must not wait for it
      String answer = c.readAll(5);
      assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
    }
  }

  @Test
  void aSignatureThatCannotBeRightIs401AndTheBodyIsNotKept() throws Exception {
    String head = RawClient.head("bad-sig", 1000).replace("sha256=" + "0".repeat(64), "sha256=nothex");
    try (RawClient c = new RawClient(h.running.server().port())) {
      // A client that waits for a go-ahead is answered at once and never sends its body.
      c.send(head.replace("\r\n\r\n", "\r\nExpect: 100-continue\r\n\r\n"));
      String answer = c.readAll(5);
      assertTrue(answer.startsWith("HTTP/1.1 401"), answer);
    }
    try (RawClient c = new RawClient(h.running.server().port())) {
      // One that sends it at once gets the answer after the body (which is dropped, not stored).
      c.send(head + "x".repeat(1000));
      String answer = c.readAll(5);
      assertTrue(answer.startsWith("HTTP/1.1 401"), answer);
    }
  }

  @Test
  void aChunkedBodyOfUnknownLengthIsReadAndVerified() throws Exception {
    byte[] body = ("{\"action\":\"created\",\"padding\":\"" + "x".repeat(3_000_000) + "\"}").getBytes(StandardCharsets.UTF_8);
    String signature = new WebhookSignature(AppHarness.SECRET).sign(body);
    HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(h.url("/api/github/webhooks")))
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))) // no Content-Length
        .header("X-GitHub-Event", "star").header("X-GitHub-Delivery", "chunked-1");
    HttpClient client = HttpClient.newHttpClient();
    assertEquals(202, client.send(req.header("X-Hub-Signature-256", signature).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode());
    String wrong = new WebhookSignature("another secret").sign(body);
    assertEquals(401, client.send(req.setHeader("X-Hub-Signature-256", wrong).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode());
  }

  @Test
  void anAbortedUploadLogsOneLineAndNoStackTrace() throws Exception {
    try (LogCapture logs = LogCapture.of("ROOT", Level.INFO)) {
      try (RawClient c = new RawClient(h.running.server().port())) {
        c.send(RawClient.head("aborted-1", 10_000) + "{\"action\":");
      } // closed with 9,990 bytes missing
      ILoggingEvent line = logs.await(e -> e.getFormattedMessage().contains("upload aborted"), 10);
      assertEquals("aborted-1", line.getMDCPropertyMap().get("delivery"));
      assertEquals(Level.INFO, line.getLevel());
      assertEquals(200, h.get("/healthz").statusCode());
      for (ILoggingEvent e : logs.events()) assertNull(e.getThrowableProxy(), "no stack trace: " + logs.lines());
      assertEquals(1, logs.events().stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.INFO)
          && e.getFormattedMessage().contains("abort")).count(), logs.lines().toString());
    }
  }

  @Test
  void theDeliveryIdIsOnTheLinesOfTheJobItCauses() throws Exception {
    BookingScenario s = new BookingScenario(h);
    try (LogCapture logs = LogCapture.of("dev.onewaydoor", Level.INFO)) {
      assertEquals(202, h.deliver("pull_request", s.event("pull_request.opened", "dev"), "traced-delivery-1"));
      ILoggingEvent done = logs.await(e -> e.getLoggerName().endsWith("ReviewJob"), 30);
      assertEquals("traced-delivery-1", done.getMDCPropertyMap().get("delivery"), done.getFormattedMessage());
      h.awaitIdle();
    }
  }
}
