package dev.onewaydoor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onewaydoor.github.WebhookSignature;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Deliveries of odd shapes GitHub really sends (the App's ping) or a careless proxy could
 * (fields null or missing): a clear answer, and never a GitHub call with empty values.
 */
class MalformedDeliveriesTest {
  private AppHarness h;
  private BookingScenario s;

  @BeforeEach
  void start() throws Exception {
    h = new AppHarness();
    s = new BookingScenario(h);
  }

  @AfterEach
  void stop() {
    assertEquals(List.of(), h.github.violations);
    h.close();
  }

  private int postSigned(String event, String json) throws Exception {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    return h.post(body, Map.of("X-GitHub-Event", event, "X-GitHub-Delivery", java.util.UUID.randomUUID().toString(),
        "X-Hub-Signature-256", new WebhookSignature(AppHarness.SECRET).sign(body)));
  }

  @Test
  void theAppsPingAndAnEmptyPingAreAnswered() throws Exception {
    // What GitHub sends when an App's webhook is set up: no repository, no sender, no installation.
    assertEquals(200, postSigned("ping", "{\"zen\":\"Design for failure.\",\"hook_id\":4242,"
        + "\"hook\":{\"type\":\"App\",\"id\":4242,\"app_id\":12345,\"active\":true,\"events\":[\"pull_request\"]}}"));
    assertEquals(200, postSigned("ping", "{}"));
    assertEquals(200, postSigned("ping", " \n{ }\n"));
    assertEquals(400, postSigned("ping", "[]"), "still not a JSON object");
    assertEquals(400, postSigned("ping", "\"zen\""));
  }

  @Test
  void aPullRequestWithoutHeadOrNumberIsRefusedWithoutCallingGitHub() throws Exception {
    ObjectNode nullHead = s.event("pull_request.opened", "dev");
    ((ObjectNode) nullHead.get("pull_request")).putNull("head");
    assertEquals(400, h.deliver("pull_request", nullHead));

    ObjectNode noNumber = s.event("pull_request.synchronize", "dev");
    noNumber.remove("number");
    ((ObjectNode) noNumber.get("pull_request")).remove("number");
    assertEquals(400, h.deliver("pull_request", noNumber));

    ObjectNode nullPr = s.event("pull_request.opened", "dev");
    nullPr.putNull("pull_request");
    assertEquals(400, h.deliver("pull_request", nullPr));

    ObjectNode noBase = s.event("pull_request.opened", "dev").put("action", "reopened");
    ((ObjectNode) noBase.get("pull_request").get("base")).remove("sha");
    assertEquals(400, h.deliver("pull_request", noBase));

    ObjectNode rerun = AppHarness.payload("check_run.rerequested");
    ((ObjectNode) rerun.get("check_run")).remove("head_sha");
    assertEquals(400, h.deliver("check_run", rerun));

    ObjectNode command = AppHarness.payload("issue_comment.created");
    ((ObjectNode) command.get("comment")).put("body", "/recheck");
    ((ObjectNode) command.get("issue")).putObject("pull_request").put("url", "https://api.github.com/repos/acme/booking/pulls/7");
    ((ObjectNode) command.get("issue")).remove("number");
    ((ObjectNode) command.get("sender")).put("login", "alice").put("type", "User");
    assertEquals(400, h.deliver("issue_comment", command));

    h.awaitIdle();
    assertEquals(List.of(), h.github.requests("GET", "/repos/.*"), "no call with empty values");
    assertTrue(s.repo.checkRuns.isEmpty());
  }

  @Test
  void aKeptFieldFarLargerThanGitHubSendsIsRefusedUnbuilt() throws Exception {
    ObjectNode command = AppHarness.payload("issue_comment.created");
    ((ObjectNode) command.get("issue")).put("number", 7).putObject("pull_request").put("url", "x");
    ((ObjectNode) command.get("comment")).put("body", "/recheck\n" + "y".repeat(2_000_000)); // GitHub caps at 65,536
    ((ObjectNode) command.get("sender")).put("login", "alice").put("type", "User");
    assertEquals(400, h.deliver("issue_comment", command));
    ((ObjectNode) command.get("comment")).put("body", "/recheck\n" + "y".repeat(60_000));
    assertEquals(202, h.deliver("issue_comment", command));
    h.awaitIdle();
  }

  @Test
  void completeDeliveriesOfTheSameShapesAreStillReviewed() throws Exception {
    assertEquals(202, h.deliver("pull_request", s.event("pull_request.opened", "dev")));
    h.awaitIdle();
    assertEquals("failure", s.repo.latestRun(s.head).conclusion);
  }

  @Test
  void anEventTheAppIgnoresNeedsNoFields() throws Exception {
    // A closed PR needs no work, so a missing head is nobody's concern.
    ObjectNode closed = s.event("pull_request.opened", "dev").put("action", "closed");
    ((ObjectNode) closed.get("pull_request")).putNull("head");
    assertEquals(202, h.deliver("pull_request", closed));
    assertEquals(202, postSigned("pull_request", "{}"));
  }
}
