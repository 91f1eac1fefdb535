package dev.onewaydoor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.fakegithub.FakeRepo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The review workflow end to end: real server, real payloads, fake GitHub over HTTP. */
class ReviewFlowTest {
  private AppHarness h;

  @AfterEach
  void close() {
    if (h != null) {
      assertEquals(List.of(), h.github.violations, "requests GitHub's API description does not allow");
      h.close();
    }
  }

  @Test
  void bookingRefPullRequestFailsWithAnnotationsAndInlineComments() throws Exception {
    h = new AppHarness();
    BookingScenario s = new BookingScenario(h);
    assertEquals(202, h.deliver("pull_request", s.event(h, "pull_request.opened", "dev")));
    h.awaitIdle();

    FakeRepo.CheckRun run = s.repo.latestRun(s.head);
    assertEquals("failure", run.conclusion);
    assertEquals("3 one-way doors blocking", run.title);
    assertTrue(run.summary.contains("rename-column"));
    assertEquals(List.of("acknowledge"), run.actions);
    Map<Object, Object> lines = new LinkedHashMap<>();
    for (Map<String, Object> a : run.annotations) lines.put(a.get("start_line"), a.get("title"));
    assertEquals(Map.of(4, "add-required-column (blocking)", 6, "rename-column (blocking)", 9, "drop-column (blocking)"), lines);
    assertTrue(run.annotations.stream().allMatch(a -> a.get("path").equals(BookingScenario.V2_PATH)));

    assertEquals(1, s.repo.reviews.size());
    List<?> comments = (List<?>) s.repo.reviews.get(0).get("comments");
    assertEquals(List.of(4, 6, 9), comments.stream().map(c -> ((Map<?, ?>) c).get("line")).collect(Collectors.toList()));
    assertEquals(s.head, s.repo.reviews.get(0).get("commit_id"));

    // The same SHA again (a redelivered synchronize, say) posts no second review.
    assertEquals(202, h.deliver("pull_request", s.event(h, "pull_request.synchronize", "dev")));
    h.awaitIdle();
    assertEquals(1, s.repo.reviews.size());
  }

  @Test
  void labelTurnsTheCheckGreenAndRemovingItTurnsItRed() throws Exception {
    h = new AppHarness();
    BookingScenario s = new BookingScenario(h);
    h.deliver("pull_request", s.event(h, "pull_request.opened", "dev"));
    h.awaitIdle();
    assertEquals(202, s.label(h, "alice"));
    h.awaitIdle();
    FakeRepo.CheckRun run = s.repo.latestRun(s.head);
    assertEquals("success", run.conclusion);
    assertTrue(run.summary.contains("**Acknowledged** by @alice"), run.summary);
    assertTrue(run.actions.isEmpty());

    s.pr.labels.clear();
    var p = s.event(h, "pull_request.unlabeled", "alice");
    ((com.fasterxml.jackson.databind.node.ObjectNode) p).putObject("label").put("name", BookingScenario.LABEL);
    assertEquals(202, h.deliver("pull_request", p));
    h.awaitIdle();
    assertEquals("failure", s.repo.latestRun(s.head).conclusion);
  }

  @Test
  void pushAfterAcknowledgmentRemovesTheLabelAndFails() throws Exception {
    h = new AppHarness();
    BookingScenario s = new BookingScenario(h);
    h.deliver("pull_request", s.event(h, "pull_request.opened", "dev"));
    h.awaitIdle();
    s.label(h, "alice");
    h.awaitIdle();
    assertEquals("success", s.repo.latestRun(s.head).conclusion);

    Map<String, String> files = new LinkedHashMap<>(Map.of("README.md", "# booking\n", BookingScenario.V1_PATH,
        BookingScenario.V1, BookingScenario.V2_PATH, BookingScenario.V2));
    files.put("db/migration/V3__drop_guest_name.sql", "ALTER TABLE reservations DROP COLUMN guest_name;\n");
    String newHead = s.repo.commit(files);
    s.pr.headSha = newHead;
    assertEquals(202, h.deliver("pull_request", s.event(h, "pull_request.synchronize", "dev")));
    h.awaitIdle();

    assertFalse(s.pr.labels.contains(BookingScenario.LABEL), "the label must be removed");
    assertEquals(1, h.github.requests("DELETE", ".*/issues/7/labels/rollback-not-possible").size());
    String comment = s.repo.comments.get(s.repo.comments.size() - 1);
    assertTrue(comment.contains("did not cover") && comment.contains("V3__drop_guest_name.sql:1"), comment);
    assertFalse(comment.contains("V2__confirmation_codes.sql"), "acknowledged findings are not listed again");
    assertEquals("failure", s.repo.latestRun(newHead).conclusion);
  }

  @Test
  void labelFromSomeoneNotAllowedDoesNotCount() throws Exception {
    h = new AppHarness();
    BookingScenario s = new BookingScenario(h, Map.of(".github/onewaydoor.yml",
        "acknowledge:\n  allowed: [bob, \"@acme/dba\"]\n"));
    h.github.teamMembers.add("acme/dba:dora");
    s.repo.permissions.put("dora", "write");
    h.deliver("pull_request", s.event(h, "pull_request.opened", "dev"));
    h.awaitIdle();
    s.label(h, "alice");
    h.awaitIdle();
    assertEquals("failure", s.repo.latestRun(s.head).conclusion);
    assertTrue(s.repo.comments.get(0).contains("@alice added the `rollback-not-possible` label, but only bob, @acme/dba"));

    s.pr.labels.clear();
    s.label(h, "dora"); // a member of @acme/dba
    h.awaitIdle();
    assertEquals("success", s.repo.latestRun(s.head).conclusion);
  }

  @Test
  void moreThanFiftyAnnotationsAreSentInBatches() throws Exception {
    h = new AppHarness();
    FakeRepo repo = h.github.repo(AppHarness.REPO);
    StringBuilder create = new StringBuilder("CREATE TABLE wide (id int");
    StringBuilder drop = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      create.append(", c").append(i).append(" int");
      drop.append("ALTER TABLE wide DROP COLUMN c").append(i).append(";\n");
    }
    String base = repo.commit(Map.of("db/migration/V1__wide.sql", create.append(");\n").toString()));
    String head = repo.commit(Map.of("db/migration/V1__wide.sql", create.toString(), "db/migration/V2__narrow.sql", drop.toString()));
    repo.openPr(11, base, head);
    h.deliver("pull_request", h.pullRequestEvent("pull_request.opened", 11, base, head, List.of(), "dev"));
    h.awaitIdle();
    FakeRepo.CheckRun run = repo.latestRun(head);
    assertEquals(60, run.annotations.size());
    assertEquals("failure", run.conclusion);
    assertEquals(2, h.github.requests("PATCH", ".*/check-runs/\\d+").size());
  }

  @Test
  void editedReviewsOnlyWhenTheBaseBranchChanged() throws Exception {
    h = new AppHarness();
    BookingScenario s = new BookingScenario(h);
    var titleOnly = (com.fasterxml.jackson.databind.node.ObjectNode) s.event(h, "pull_request.opened", "dev");
    titleOnly.put("action", "edited").putObject("changes").putObject("title").put("from", "old title");
    h.deliver("pull_request", titleOnly);
    h.awaitIdle();
    assertTrue(s.repo.checkRuns.isEmpty());
    var baseChanged = (com.fasterxml.jackson.databind.node.ObjectNode) s.event(h, "pull_request.opened", "dev");
    baseChanged.put("action", "edited").putObject("changes").putObject("base").putObject("ref").put("from", "develop");
    h.deliver("pull_request", baseChanged);
    h.awaitIdle();
    assertEquals("failure", s.repo.latestRun(s.head).conclusion);
  }

  @Test
  void deletingAnAppliedMigrationIsReportedInTheSummaryNotAnnotated() throws Exception {
    h = new AppHarness();
    FakeRepo repo = h.github.repo(AppHarness.REPO);
    String base = repo.commit(Map.of(BookingScenario.V1_PATH, BookingScenario.V1,
        "db/migration/V2__index.sql", "CREATE INDEX CONCURRENTLY r_ref ON reservations (booking_ref);\n"));
    String head = repo.commit(Map.of(BookingScenario.V1_PATH, BookingScenario.V1,
        "db/migration/V3__note.sql", "ALTER TABLE reservations ADD COLUMN note text;\n"));
    repo.openPr(12, base, head);
    h.deliver("pull_request", h.pullRequestEvent("pull_request.opened", 12, base, head, List.of(), "dev"));
    h.awaitIdle();
    FakeRepo.CheckRun run = repo.latestRun(head);
    assertEquals("failure", run.conclusion);
    assertTrue(run.summary.contains("delete-applied-migration"), run.summary);
    assertTrue(run.annotations.isEmpty(), run.annotations.toString());
    assertTrue(((String) repo.reviews.get(0).get("body")).contains("db/migration/V2__index.sql:1"));
  }

  @Test
  void anInvalidConfigOnTheBaseFailsTheCheckWithTheMistake() throws Exception {
    h = new AppHarness();
    BookingScenario s = new BookingScenario(h, Map.of(".github/onewaydoor.yml", "rules:\n  drop-colum: off\n"));
    h.deliver("pull_request", s.event(h, "pull_request.opened", "dev"));
    h.awaitIdle();
    FakeRepo.CheckRun run = s.repo.latestRun(s.head);
    assertEquals("failure", run.conclusion);
    assertEquals("Invalid .github/onewaydoor.yml", run.title);
    assertTrue(run.summary.contains("unknown rule 'drop-colum'"), run.summary);
  }

  @Test
  void otherLabelsCauseNoReview() throws Exception {
    h = new AppHarness();
    BookingScenario s = new BookingScenario(h);
    h.deliver("pull_request", s.event(h, "pull_request.opened", "dev"));
    h.awaitIdle();
    int runs = s.repo.checkRuns.size();
    s.pr.labels.add("bug");
    var p = s.event(h, "pull_request.labeled", "alice");
    ((com.fasterxml.jackson.databind.node.ObjectNode) p).putObject("label").put("name", "bug");
    h.deliver("pull_request", p);
    h.awaitIdle();
    assertEquals(runs, s.repo.checkRuns.size());
  }

  @Test
  void pullRequestWithoutMigrationsCostsAHandfulOfCalls() throws Exception {
    h = new AppHarness();
    FakeRepo repo = h.github.repo(AppHarness.REPO);
    String base = repo.commit(Map.of("README.md", "# x\n", "src/App.java", "class App {}\n"));
    String head = repo.commit(Map.of("README.md", "# x y\n", "src/App.java", "class App { }\n", "test/fixture.sql", "DROP TABLE t;"));
    repo.openPr(9, base, head);
    h.deliver("pull_request", h.pullRequestEvent("pull_request.opened", 9, base, head, List.of(), "dev"));
    h.awaitIdle();
    assertEquals("success", repo.latestRun(head).conclusion);
    assertEquals("No migrations changed", repo.latestRun(head).title);
    var calls = h.github.requests.stream().filter(r -> !r.path().startsWith("/app/hook/")).collect(Collectors.toList());
    assertTrue(calls.size() <= 4, "requests: " + calls);
  }
}
