package dev.onewaydoor.app;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.config.RepoConfig;
import dev.onewaydoor.github.GitHubException;
import dev.onewaydoor.github.PullRequest;
import dev.onewaydoor.github.RepoApi;
import dev.onewaydoor.report.AckState;
import dev.onewaydoor.report.Fingerprints;
import dev.onewaydoor.report.PrComments;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The acknowledgment policy. An acknowledgment covers exactly the blocking findings of the
 * check run it was given on (bound when the label event or the click arrived); whatever it
 * does not cover is new: the check stays red, the label is removed and a comment lists what
 * was not covered. A label nobody bound (present at opening, applied by an unknown actor, or
 * by someone who may not acknowledge) acknowledges nothing.
 */
final class Acknowledger {
  private final AckStore store;

  Acknowledger(AckStore store) {
    this.store = store;
  }

  static boolean hasLabel(PullRequest pr, String label) {
    return pr.labels().stream().anyMatch(l -> l.toLowerCase(Locale.ROOT).equals(label.toLowerCase(Locale.ROOT)));
  }

  AckState decide(RepoApi api, PullRequest pr, RepoConfig config, List<Finding> blocking) throws GitHubException {
    String key = AckStore.key(api.fullName(), pr.number());
    String label = config.label();
    if (!hasLabel(pr, label)) {
      store.removeAck(key, label);
      return AckState.NONE;
    }
    AckStore.Ack ack = store.ack(key, label);
    if (ack != null && !AckPolicy.mayAcknowledge(api, config, ack.by())) {
      store.removeAck(key, label);
      api.removeLabel(pr.number(), label);
      api.comment(pr.number(), PrComments.labelRefused(ack.by(), label, config.allowed()));
      return AckState.refused("The `" + label + "` label was added by @" + ack.by() + ", who may not acknowledge here.");
    }
    List<Finding> uncovered = new ArrayList<>();
    for (Finding f : blocking) if (ack == null || !ack.covered().contains(Fingerprints.of(f))) uncovered.add(f);
    if (uncovered.isEmpty()) return AckState.accepted(ack.by(), ack.at(), ack.via());
    store.removeAck(key, label);
    api.removeLabel(pr.number(), label);
    boolean bound = ack != null && ack.runId() != 0;
    api.comment(pr.number(), PrComments.uncovered(label, ack == null ? "unknown" : ack.by(), uncovered, bound));
    return AckState.refused(bound
        ? "The acknowledgment by @" + ack.by() + " did not cover every blocking finding; its label was removed."
        : "The `" + label + "` label acknowledged nothing OneWayDoor had shown; it was removed.");
  }
}
