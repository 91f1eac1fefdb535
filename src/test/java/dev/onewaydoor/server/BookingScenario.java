package dev.onewaydoor.server;

import dev.onewaydoor.fakegithub.FakeRepo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The booking_ref pull request: V1 on main, V2 renames, drops and adds a required column. */
final class BookingScenario {
  static final String LABEL = "rollback-not-possible";
  static final String V1_PATH = "db/migration/V1__create_reservations.sql";
  static final String V2_PATH = "db/migration/V2__confirmation_codes.sql";
  static final String V1 = String.join("\n",
      "CREATE TABLE reservations (",
      "    id          bigserial PRIMARY KEY,",
      "    booking_ref varchar(12) NOT NULL,",
      "    guest_name  varchar(200) NOT NULL,",
      "    fax_number  varchar(40)",
      ");", "");
  static final String V2 = String.join("\n",
      "-- Release 2.0: confirmation codes replace booking references.",
      "ALTER TABLE reservations ADD COLUMN guest_email varchar(320);",
      "ALTER TABLE reservations ADD COLUMN channel varchar(20) NOT NULL DEFAULT 'web';",
      "ALTER TABLE reservations ADD COLUMN loyalty_tier varchar(10) NOT NULL;",
      "",
      "ALTER TABLE reservations RENAME COLUMN booking_ref TO confirmation_code;",
      "",
      "-- Nobody has sent a fax since 2009.",
      "ALTER TABLE reservations DROP COLUMN fax_number;", "");

  final FakeRepo repo;
  final String base;
  final String head;
  final FakeRepo.Pr pr;

  BookingScenario(AppHarness h, Map<String, String> extraBaseFiles) {
    repo = h.github.repo(AppHarness.REPO);
    Map<String, String> baseFiles = new LinkedHashMap<>(Map.of("README.md", "# booking\n", V1_PATH, V1));
    baseFiles.putAll(extraBaseFiles);
    base = repo.commit(baseFiles);
    Map<String, String> headFiles = new LinkedHashMap<>(baseFiles);
    headFiles.put(V2_PATH, V2);
    head = repo.commit(headFiles);
    pr = repo.openPr(7, base, head);
    repo.permissions.put("alice", "write");
    repo.permissions.put("rita", "read");
  }

  BookingScenario(AppHarness h) {
    this(h, Map.of());
  }

  Object event(AppHarness h, String example, String sender) throws Exception {
    return h.pullRequestEvent(example, pr.number, pr.baseSha, pr.headSha, List.copyOf(pr.labels), sender);
  }

  /**
   * Delivers a click on Acknowledge on check run {@code run} (created by App {@code appId}, with
   * GitHub's example payload's other fields), for this pull request.
   */
  int click(AppHarness h, FakeRepo.CheckRun run, String sender, long appId) throws Exception {
    var p = h.payload("check_run.requested_action");
    var checkRun = (com.fasterxml.jackson.databind.node.ObjectNode) p.get("check_run");
    checkRun.put("id", run.id).put("head_sha", run.headSha);
    ((com.fasterxml.jackson.databind.node.ObjectNode) checkRun.get("app")).put("id", appId)
        .put("slug", appId == 12345 ? "onewaydoor" : "other-app");
    checkRun.putArray("pull_requests").addObject().put("number", pr.number);
    ((com.fasterxml.jackson.databind.node.ObjectNode) p.get("requested_action")).put("identifier", "acknowledge");
    ((com.fasterxml.jackson.databind.node.ObjectNode) p.get("sender")).put("login", sender);
    return h.deliver("check_run", p);
  }

  /** Applies the label in the fake (as a person would) and delivers the labeled event. */
  int label(AppHarness h, String by) throws Exception {
    pr.labels.add(LABEL);
    pr.events.add(Map.of("event", "labeled", "label", Map.of("name", LABEL), "actor", Map.of("login", by),
        "created_at", "2026-11-27T10:00:00Z"));
    var p = h.pullRequestEvent("pull_request.labeled", pr.number, pr.baseSha, pr.headSha, List.copyOf(pr.labels), by);
    p.putObject("label").put("name", LABEL);
    return h.deliver("pull_request", p);
  }
}
