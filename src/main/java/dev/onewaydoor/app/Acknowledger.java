package dev.onewaydoor.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.report.Fingerprints;
import dev.onewaydoor.config.RepoConfig;
import dev.onewaydoor.github.GitHubException;
import dev.onewaydoor.github.PullRequest;
import dev.onewaydoor.github.RepoApi;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The acknowledgment policy. The label covers the blocking findings that existed when it
 * was applied; a later push that adds new blocking findings removes the label and says which
 * findings it did not cover. With {@code acknowledge.allowed} set, a label applied by anyone
 * else does not count, and a comment says so once.
 */
final class Acknowledger {
  private final AckStore store;

  Acknowledger(AckStore store) {
    this.store = store;
  }

  Acknowledgment decide(RepoApi api, PullRequest pr, RepoConfig config, List<Finding> blocking)
      throws GitHubException {
    String key = AckStore.key(api.fullName(), pr.number());
    if (!pr.labels().contains(config.label())) {
      store.remove(key);
      return Acknowledgment.NONE;
    }
    AckStore.Ack ack = store.get(key);
    if (ack == null || !ack.label().equals(config.label())) ack = fromEvents(api, pr.number(), config.label());
    if (!mayAcknowledge(api, config, ack.by())) {
      if (!ack.rejectionNoticed()) {
        api.comment(pr.number(), "@" + ack.by() + " added the `" + config.label() + "` label, but only "
            + String.join(", ", config.allowed()) + " may acknowledge one-way doors in this repository "
            + "(`acknowledge.allowed` in `.github/onewaydoor.yml`). The label does not count; the check stays red.");
      }
      store.put(key, new AckStore.Ack(ack.label(), ack.by(), ack.at(), ack.covered(), true));
      return Acknowledgment.refused("The `" + config.label() + "` label was added by @" + ack.by()
          + ", who may not acknowledge here.");
    }
    Set<String> current = new LinkedHashSet<>();
    for (Finding f : blocking) current.add(Fingerprints.of(f));
    if (ack.covered() == null) {
      store.put(key, new AckStore.Ack(ack.label(), ack.by(), ack.at(), current, ack.rejectionNoticed()));
      return new Acknowledgment(true, ack.by(), ack.at(), null);
    }
    List<Finding> uncovered = new ArrayList<>();
    for (Finding f : blocking) if (!ack.covered().contains(Fingerprints.of(f))) uncovered.add(f);
    if (uncovered.isEmpty()) return new Acknowledgment(true, ack.by(), ack.at(), null);
    store.remove(key);
    api.removeLabel(pr.number(), config.label());
    StringBuilder sb = new StringBuilder("New one-way doors were pushed after @" + ack.by() + " acknowledged this "
        + "pull request, so the `" + config.label() + "` label was removed. It did not cover:\n");
    for (Finding f : uncovered) {
      sb.append("\n- `").append(f.file()).append(':').append(f.line()).append("` **`").append(f.rule()).append("`** ")
          .append(f.message());
    }
    sb.append("\n\nReview them, then add the label again to accept them.");
    api.comment(pr.number(), sb.toString());
    return Acknowledgment.refused("The acknowledgment by @" + ack.by() + " did not cover findings pushed later; "
        + "its label was removed.");
  }

  /** True when {@code user} may acknowledge: listed (login or @org/team), or anyone when no list is set. */
  static boolean mayAcknowledge(RepoApi api, RepoConfig config, String user) throws GitHubException {
    if (config.allowed().isEmpty()) return true;
    for (String entry : config.allowed()) {
      if (entry.equalsIgnoreCase(user)) return true;
      if (entry.startsWith("@") && entry.contains("/")) {
        String[] parts = entry.substring(1).split("/", 2);
        if (api.teamMember(parts[0], parts[1], user)) return true;
      }
    }
    return false;
  }

  /** Who applied the label, and when, from the PR's issue events (the newest labeled event). */
  private static AckStore.Ack fromEvents(RepoApi api, int pr, String label) throws GitHubException {
    String by = "unknown";
    String at = "";
    for (JsonNode e : api.issueEvents(pr)) {
      if ("labeled".equals(e.path("event").asText()) && label.equals(e.path("label").path("name").asText())) {
        by = e.path("actor").path("login").asText("unknown");
        at = e.path("created_at").asText("");
      }
    }
    return new AckStore.Ack(label, by, at, null, false);
  }
}
