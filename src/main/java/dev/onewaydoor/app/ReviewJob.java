package dev.onewaydoor.app;

import dev.onewaydoor.analysis.ChangeSet;
import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.analysis.Report;
import dev.onewaydoor.check.Checker;
import dev.onewaydoor.config.ConfigException;
import dev.onewaydoor.config.RepoConfig;
import dev.onewaydoor.github.GitHubException;
import dev.onewaydoor.github.PullRequest;
import dev.onewaydoor.github.RepoApi;
import dev.onewaydoor.migrations.Progress;
import dev.onewaydoor.verify.Verification;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reviews one pull request at one head SHA: config from the base, changed migrations, the
 * analysis, then the check run, the acknowledgment and the review. Whatever fails, a check
 * run it started is completed with an explanation, never left in progress.
 */
final class ReviewJob implements JobQueue.Job {
  private static final Logger LOG = LoggerFactory.getLogger(ReviewJob.class);

  private final Services services;
  private final RepoApi api;
  private final int number;
  private final PullRequest known;
  private final String changedLabel;

  /** {@code known} is the PR from the webhook payload, or null to fetch it. */
  ReviewJob(Services services, RepoApi api, int number, PullRequest known) {
    this(services, api, number, known, null);
  }

  /**
   * A review caused by adding or removing {@code changedLabel}: it only runs when that is the
   * acknowledgment label, so other labels cost one cached config lookup and nothing more.
   */
  ReviewJob(Services services, RepoApi api, int number, PullRequest known, String changedLabel) {
    this.services = services;
    this.api = api;
    this.number = number;
    this.known = known;
    this.changedLabel = changedLabel;
  }

  @Override
  public String key() {
    return AckStore.key(api.fullName(), number);
  }

  @Override
  public String headSha() {
    return known == null ? null : known.headSha();
  }

  /** A label-only review that replaces a waiting full review must still do the full review. */
  @Override
  public JobQueue.Job supersede(JobQueue.Job older) {
    if (changedLabel != null && older instanceof ReviewJob r && r.changedLabel == null) {
      return new ReviewJob(services, api, number, known, null);
    }
    return this;
  }

  @Override
  public void run() {
    Long checkRun = null;
    String head = headSha();
    try {
      PullRequest pr = known != null ? known : api.pullRequest(number);
      head = pr.headSha();
      if (!"open".equals(pr.state()) || services.queue().superseded(key(), head)) return;
      RepoConfig config;
      try {
        config = services.configs().load(api, pr.baseSha());
      } catch (ConfigException e) {
        services.checks().completeNew(api, head, "failure", "Invalid " + RepoConfig.PATH,
            "OneWayDoor could not read its configuration on the base branch:\n\n    " + e.getMessage()
                + "\n\nFix the file on the base branch, then comment `/recheck`.");
        return;
      }
      if (changedLabel != null && !changedLabel.equals(config.label())) return;
      MigrationFetcher.Fetched fetched = services.fetcher().fetch(api, pr, config);
      if (fetched == null) {
        services.checks().completeNew(api, head, "success", "No migrations changed",
            "This pull request changes no database migration.");
        return;
      }
      checkRun = services.checks().start(api, head);
      Checker checker = new Checker(config);
      ChangeSet changes = checker.read(fetched.base(), fetched.head(), Progress.NONE);
      Verification verified = services.verify().run(changes, config, pr.fromFork());
      Report report = verified.applyTo(checker.analyze(changes), config.rules());
      if (services.queue().superseded(key(), head)) {
        services.checks().complete(api, checkRun, "neutral", "Superseded by a newer commit",
            "A newer commit was pushed; it is reviewed instead.");
        return;
      }
      List<Finding> blocking = report.findings().stream().filter(Finding::blocking).collect(Collectors.toList());
      Acknowledgment ack = blocking.isEmpty() ? Acknowledgment.NONE
          : services.acknowledger().decide(api, pr, config, blocking);
      Verdict verdict = Verdict.of(report, ack, config.label());
      java.util.Set<String> headFiles = new java.util.HashSet<>();
      fetched.head().forEach(f -> headFiles.add(f.path()));
      services.checks().completeWithReport(api, checkRun, report, verdict, config.label(), headFiles,
          verified.summary());
      services.reviews().publish(api, number, head, report, fetched.diffs());
      LOG.info("{}#{} {}: {} ({} findings)", api.fullName(), number, head.substring(0, Math.min(7, head.length())),
          verdict.conclusion(), report.findings().size());
    } catch (GitHubException | RuntimeException e) {
      LOG.error("review of {}#{} failed: {}", api.fullName(), number, e.getMessage());
      fail(checkRun, head, e);
    }
  }

  /** Completes (or creates) the check run with the reason, so it never spins forever. */
  private void fail(Long checkRun, String head, Exception e) {
    String summary = "OneWayDoor could not finish reviewing this commit:\n\n    " + e.getMessage()
        + "\n\nThis is usually a GitHub outage or rate limit. Comment `/recheck` to try again.";
    try {
      if (checkRun != null) services.checks().complete(api, checkRun, "failure", "OneWayDoor could not finish", summary);
      else if (head != null) services.checks().completeNew(api, head, "failure", "OneWayDoor could not finish", summary);
    } catch (GitHubException second) {
      LOG.error("could not report the failure on {}#{}: {}", api.fullName(), number, second.getMessage());
    }
  }
}
