package dev.onewaydoor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The label acknowledges only when the person who applied it may: write access, as for the button. */
class WhoMayAcknowledgeTest {
  private AppHarness h;
  private BookingScenario s;

  @AfterEach
  void close() {
    assertEquals(List.of(), h.github.violations);
    h.close();
  }

  private void open(Map<String, String> baseFiles) throws Exception {
    h = new AppHarness();
    s = new BookingScenario(h, baseFiles);
    h.deliver("pull_request", s.event(h, "pull_request.opened", "dev"));
    h.awaitIdle();
  }

  /** Delivers a labeled event from a bot, as labeler[bot] would send. */
  private void labelByBot(String bot) throws Exception {
    s.pr.labels.add(BookingScenario.LABEL);
    ObjectNode p = (ObjectNode) s.event(h, "pull_request.labeled", bot);
    p.putObject("label").put("name", BookingScenario.LABEL);
    ((ObjectNode) p.get("sender")).put("type", "Bot");
    h.deliver("pull_request", p);
    h.awaitIdle();
  }

  @Test
  void triageCanApplyTheLabelButItDoesNotCount() throws Exception {
    open(Map.of());
    s.repo.permissions.put("tina", "triage");
    s.label(h, "tina");
    h.awaitIdle();
    assertEquals("failure", s.repo.latestRun(s.head).conclusion);
    assertFalse(s.pr.labels.contains(BookingScenario.LABEL), "the label that does not count is removed");
    assertTrue(s.repo.comments.get(0).contains("@tina added the `rollback-not-possible` label, but only people with write access"),
        s.repo.comments.toString());
  }

  @Test
  void maintainCounts() throws Exception {
    open(Map.of());
    s.repo.permissions.put("mia", "maintain");
    s.label(h, "mia");
    h.awaitIdle();
    assertEquals("success", s.repo.latestRun(s.head).conclusion);
  }

  @Test
  void aBotCountsOnlyWhenNamedInAllowed() throws Exception {
    open(Map.of());
    labelByBot("labeler[bot]");
    assertEquals("failure", s.repo.latestRun(s.head).conclusion);
    assertFalse(s.pr.labels.contains(BookingScenario.LABEL));
    h.close();

    open(Map.of(".github/onewaydoor.yml", "acknowledge:\n  allowed: [\"labeler[bot]\", alice]\n"));
    labelByBot("labeler[bot]");
    assertEquals("success", s.repo.latestRun(s.head).conclusion);
  }

  @Test
  void aLabelPresentAtOpeningAcknowledgesNothing() throws Exception {
    h = new AppHarness();
    s = new BookingScenario(h);
    s.pr.labels.add(BookingScenario.LABEL);
    h.deliver("pull_request", s.event(h, "pull_request.opened", "dev"));
    h.awaitIdle();
    assertEquals("failure", s.repo.latestRun(s.head).conclusion);
    assertFalse(s.repo.latestRun(s.head).title.contains("unknown"));
    assertFalse(s.pr.labels.contains(BookingScenario.LABEL));
    assertTrue(s.repo.comments.get(0).contains("acknowledged nothing"), s.repo.comments.toString());
  }

  @Test
  void labelNamesCompareCaseInsensitively() throws Exception {
    open(Map.of());
    String label = "Rollback-Not-Possible";
    s.pr.labels.add(label);
    ObjectNode p = (ObjectNode) s.event(h, "pull_request.labeled", "alice");
    p.putObject("label").put("name", label);
    h.deliver("pull_request", p);
    h.awaitIdle();
    assertEquals("success", s.repo.latestRun(s.head).conclusion);
    assertTrue(s.repo.latestRun(s.head).summary.contains("@alice"));
  }
}
