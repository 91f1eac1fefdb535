package dev.onewaydoor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Comment commands, re-runs, the Acknowledge button and installation set-up. */
class CommandsAndEventsTest {
  private AppHarness h;
  private BookingScenario s;

  @BeforeEach
  void start() throws Exception {
    h = new AppHarness();
    s = new BookingScenario(h);
    h.deliver("pull_request", s.event(h, "pull_request.opened", "dev"));
    h.awaitIdle();
  }

  @AfterEach
  void stop() {
    assertEquals(List.of(), h.github.violations);
    h.close();
  }

  private ObjectNode comment(String body, String sender, long id) throws Exception {
    ObjectNode p = h.payload("issue_comment.created");
    ((ObjectNode) p.get("issue")).put("number", 7).putObject("pull_request").put("url", "https://api.github.com/repos/acme/booking/pulls/7");
    ((ObjectNode) p.get("comment")).put("id", id).put("body", body);
    ((ObjectNode) p.get("sender")).put("login", sender).put("type", "User");
    return p;
  }

  @Test
  void recheckFromAWriterRerunsAndReacts() throws Exception {
    int before = s.repo.runsFor(s.head).size();
    assertEquals(202, h.deliver("issue_comment", comment("/recheck\nplease", "alice", 501)));
    h.awaitIdle();
    assertEquals(before + 1, s.repo.runsFor(s.head).size());
    assertEquals(List.of("501:eyes", "501:+1"), s.repo.reactions);
  }

  @Test
  void recheckFromAReaderIsRefused() throws Exception {
    int before = s.repo.runsFor(s.head).size();
    h.deliver("issue_comment", comment("/recheck", "rita", 502));
    h.awaitIdle();
    assertEquals(before, s.repo.runsFor(s.head).size());
    assertEquals(List.of("502:eyes", "502:-1"), s.repo.reactions);
    assertTrue(s.repo.comments.get(0).contains("@rita `/recheck` needs write access"));
  }

  @Test
  void outsidersGetReactionsAndOneExplanationPerPullRequest() throws Exception {
    s.repo.permissions.put("mallory", "none");
    h.deliver("issue_comment", comment("/recheck", "mallory", 510));
    h.awaitIdle();
    h.deliver("issue_comment", comment("/recheck", "mallory", 511));
    h.deliver("issue_comment", comment("/help", "mallory", 512));
    h.awaitIdle();
    assertEquals(1, s.repo.comments.size(), s.repo.comments.toString());
    assertTrue(s.repo.reactions.containsAll(List.of("510:-1", "511:-1", "512:-1")), s.repo.reactions.toString());
  }

  @Test
  void readersMayAskForHelpOncePerPullRequest() throws Exception {
    h.deliver("issue_comment", comment("/help", "rita", 520));
    h.awaitIdle();
    h.deliver("issue_comment", comment("/help", "rita", 521));
    h.awaitIdle();
    assertEquals(1, s.repo.comments.size());
    assertTrue(s.repo.comments.get(0).contains("**OneWayDoor** reviews database migrations"));
    assertTrue(s.repo.reactions.containsAll(List.of("520:+1", "521:+1")), s.repo.reactions.toString());
  }

  @Test
  void aWaitingRecheckIsNotReplacedByTheNextCommand() throws Exception {
    int before = s.repo.runsFor(s.head).size();
    // The first command's reaction is slow (retried 5xx), so the next two wait behind it.
    h.github.fail("POST", ".*/issues/comments/530/reactions", 502, Map.of(), 3);
    h.deliver("issue_comment", comment("/help", "alice", 530));
    h.deliver("issue_comment", comment("/recheck", "alice", 531));
    h.deliver("issue_comment", comment("/help", "alice", 532));
    h.awaitIdle();
    assertEquals(before + 1, s.repo.runsFor(s.head).size(), "the /recheck ran");
    assertTrue(s.repo.reactions.contains("531:+1"), s.repo.reactions.toString());
  }

  @Test
  void helpAnswersAndBotsAndOrdinaryCommentsAreIgnored() throws Exception {
    h.deliver("issue_comment", comment("/help", "alice", 503));
    ObjectNode bot = comment("/recheck", "onewaydoor[bot]", 504);
    ((ObjectNode) bot.get("sender")).put("type", "Bot");
    h.deliver("issue_comment", bot);
    h.deliver("issue_comment", comment("LGTM, but /recheck later", "alice", 505));
    h.awaitIdle();
    assertEquals(1, s.repo.comments.size());
    assertTrue(s.repo.comments.get(0).contains("rollback-not-possible"));
    assertEquals(List.of("503:eyes", "503:+1"), s.repo.reactions);
  }

  @Test
  void checkSuiteRerequestedFromAForkIsMappedToItsPullRequest() throws Exception {
    int before = s.repo.runsFor(s.head).size();
    ObjectNode p = h.payload("check_suite.rerequested");
    ObjectNode suite = (ObjectNode) p.get("check_suite");
    suite.put("head_sha", s.head);
    suite.putArray("pull_requests"); // empty, as for forks
    h.deliver("check_suite", p);
    h.awaitIdle();
    assertEquals(before + 1, s.repo.runsFor(s.head).size());
  }

  @Test
  void acknowledgeButtonAppliesTheLabelForAWriter() throws Exception {
    s.click(h, s.repo.latestRun(s.head), "alice", 12345);
    h.awaitIdle();
    assertTrue(s.pr.labels.contains(BookingScenario.LABEL));
    assertEquals("success", s.repo.latestRun(s.head).conclusion);
    assertTrue(s.repo.latestRun(s.head).summary.contains("@alice"));
  }

  @Test
  void acknowledgeButtonFromAReaderIsRefused() throws Exception {
    s.click(h, s.repo.latestRun(s.head), "rita", 12345);
    h.awaitIdle();
    assertTrue(s.pr.labels.isEmpty());
    assertTrue(s.repo.comments.get(0).contains("@rita clicked Acknowledge, but may not acknowledge"));
    assertEquals("failure", s.repo.latestRun(s.head).conclusion);
  }

  @Test
  void installationCreatesTheLabel() throws Exception {
    ObjectNode p = h.payload("installation.created");
    ArrayNode repos = p.putArray("repositories");
    repos.addObject().put("full_name", AppHarness.REPO).put("name", "booking");
    h.deliver("installation", p);
    h.awaitIdle();
    assertEquals(List.of(BookingScenario.LABEL), s.repo.repoLabels);
    h.deliver("installation", p);
    h.awaitIdle();
    assertEquals(1, h.github.requests("POST", ".*/labels$").size(), "an existing label is left alone");
  }
}
