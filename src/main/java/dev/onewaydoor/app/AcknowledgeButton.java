package dev.onewaydoor.app;

import dev.onewaydoor.config.RepoConfig;
import dev.onewaydoor.github.CheckRunRef;
import dev.onewaydoor.github.GitHubException;
import dev.onewaydoor.github.PullRequest;
import dev.onewaydoor.github.RepoApi;
import dev.onewaydoor.github.WebhookEvent;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A click on Acknowledge ({@code check_run.requested_action}). It counts only on a check run
 * this App created, for the pull request's current head, clicked by someone who may
 * acknowledge; it then covers exactly the blocking findings that run showed, and applies the
 * label. Refusals are explained once per person and pull request.
 */
final class AcknowledgeButton {
  private static final Logger LOG = LoggerFactory.getLogger(AcknowledgeButton.class);
  static final String VIA = "the Acknowledge button";

  private final Services services;
  private final String appId;

  AcknowledgeButton(Services services, String appId) {
    this.services = services;
    this.appId = appId;
  }

  boolean clicked(RepoApi api, WebhookEvent e) {
    CheckRunRef run = e.checkRun();
    if (!run.createdBy(appId) || run.headSha() == null) {
      LOG.info("ignored an Acknowledge click on check run {} of another App ({}) in {}", run.id(),
          run.appSlug().isEmpty() ? run.appId() : run.appSlug(), e.repo());
      return false;
    }
    services.queue().submit(new Task("acknowledge:" + e.repo() + "@" + run.id(), () -> {
      List<Integer> prs = e.pullRequests().isEmpty() ? api.openPullRequestsWithHead(run.headSha()) : e.pullRequests();
      for (int n : prs) acknowledge(api, n, run, e.sender());
    }));
    return true;
  }

  private void acknowledge(RepoApi api, int number, CheckRunRef run, String sender) throws Exception {
    PullRequest pr = api.pullRequest(number);
    String key = AckStore.key(api.fullName(), number);
    if (!pr.headSha().equals(run.headSha())) {
      refuse(api, number, sender, "outdated", "@" + sender + " clicked Acknowledge on the check of an older commit ("
          + shortSha(run.headSha()) + "); it does not show what this pull request changes now. Acknowledge on the "
          + "check of the current commit (" + shortSha(pr.headSha()) + ") instead.");
      return;
    }
    RepoConfig config = services.configs().load(api, pr.baseSha());
    if (!AckPolicy.mayAcknowledge(api, config, sender)) {
      refuse(api, number, sender, "not-allowed", "@" + sender + " clicked Acknowledge, but may not acknowledge "
          + "one-way doors here (write access is needed" + (config.allowed().isEmpty() ? "" : ", and to be listed in "
          + "`acknowledge.allowed`") + ").");
      return;
    }
    AckStore.Shown shown = services.acks().shownRun(key, run.id());
    if (shown == null) {
      refuse(api, number, sender, "unknown-run", "@" + sender + " clicked Acknowledge on a check run OneWayDoor has "
          + "no record of, so it cannot tell what it showed. Comment `/recheck`, then acknowledge on the new check.");
      return;
    }
    services.acks().putAck(key, config.label(),
        new AckStore.Ack(VIA, sender, services.clock().instant(), run.id(), shown.blocking()));
    api.addLabel(number, config.label());
    services.queue().submit(new ReviewJob(services, api, number, null));
  }

  private void refuse(RepoApi api, int number, String sender, String why, String comment) throws GitHubException {
    LOG.info("refused Acknowledge by {} on {}#{}: {}", sender, api.fullName(), number, why);
    if (services.acks().firstNotice("button:" + why + ":" + AckStore.key(api.fullName(), number) + ":" + sender)) {
      api.comment(number, comment);
    }
  }

  private static String shortSha(String sha) {
    return sha.substring(0, Math.min(7, sha.length()));
  }
}
