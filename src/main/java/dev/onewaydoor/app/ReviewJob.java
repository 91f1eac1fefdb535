package dev.onewaydoor.app;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.analysis.Report;
import dev.onewaydoor.check.Enriched;
import dev.onewaydoor.config.ConfigException;
import dev.onewaydoor.config.RepoConfig;
import dev.onewaydoor.github.CheckRunOutput;
import dev.onewaydoor.github.GitHubException;
import dev.onewaydoor.github.PullRequest;
import dev.onewaydoor.github.RepoApi;
import dev.onewaydoor.report.AckState;
import dev.onewaydoor.report.Fingerprints;
import dev.onewaydoor.report.Verdict;
import dev.onewaydoor.verify.Verification;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reviews one pull request at the base and head SHAs it was given (from the webhook, or the
 * pull request as it is when the job starts): config from the base, the change between exactly
 * those commits, the analysis, then the check, the acknowledgment and the review. Whatever
 * fails, a check it started is completed with an explanation, never left in progress.
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
    CheckPublisher.Check check = null;
    String head = headSha();
    try {
      PullRequest pr = known != null ? known : api.pullRequest(number);
      head = pr.headSha();
      if (!"open".equals(pr.state()) || services.queue().superseded(key(), head)) return;
      RepoConfig config = config(pr);
      if (config == null) return;
      if (changedLabel != null && !changedLabel.equalsIgnoreCase(config.label())) return;
      Change change = services.fetcher().fetch(api, pr.baseSha(), head, config);
      if (change instanceof Change.None) {
        completeNew(head, "success", "No migrations changed", "This pull request changes no database migration.");
      } else if (change instanceof Change.Unreviewable u) {
        completeNew(head, "failure", u.title(), u.summary());
      } else {
        Change.Migrations m = (Change.Migrations) change;
        check = services.checks().start(api, number, head);
        review(pr, config, m, check);
      }
    } catch (GitHubException | IOException e) {
      LOG.warn("review of {}#{} failed: {}", api.fullName(), number, e.toString());
      fail(check, head, e);
    } catch (RuntimeException e) {
      LOG.error("internal error while reviewing {}#{}", api.fullName(), number, e);
      fail(check, head, e);
    }
  }

  /** The base branch's config, or null after failing the check with the mistake. */
  private RepoConfig config(PullRequest pr) throws GitHubException {
    try {
      return services.configs().load(api, pr.baseSha());
    } catch (ConfigException e) {
      completeNew(pr.headSha(), "failure", "Invalid " + RepoConfig.PATH,
          "OneWayDoor could not read its configuration on the base branch:\n\n    " + e.getMessage()
              + "\n\nFix the file on the base branch, then comment `/recheck`.");
      return null;
    }
  }

  private void review(PullRequest pr, RepoConfig config, Change.Migrations m, CheckPublisher.Check check)
      throws GitHubException {
    String head = pr.headSha();
    Enriched review = ReviewAnalysis.withinBudget(services.analysisMemory(), config, m,
        services.fetcher().code(api, pr.baseSha()), services.fetcher().code(api, head));
    if (review == null) {
      services.checks().complete(api, number, head, check, "failure", new CheckRunOutput("OneWayDoor is busy",
          "Other large reviews held the memory this one needs for " + ReviewAnalysis.BUDGET_WAIT.toMinutes()
              + " minutes. Nothing is verified. Comment `/recheck` to try again."));
      return;
    }
    for (Throwable bug : review.report().internalErrors()) {
      // Our own bug: the file it hit is reported as analysis-failed; the trace is for us.
      LOG.error("internal error analysing {}#{} (reported as analysis-failed)", api.fullName(), number, bug);
    }
    Verification verified = services.verify().run(config, m.base(), m.head(), pr.fromFork());
    review = review.withReport(verified.applyTo(review.report(), config.rules()));
    if (services.queue().superseded(key(), head)) {
      services.checks().complete(api, number, head, check, "neutral", new CheckRunOutput("Superseded by a newer commit",
          "A newer commit was pushed; it is reviewed instead."));
      return;
    }
    Report report = review.report();
    List<Finding> blocking = report.findings().stream().filter(Finding::blocking).toList();
    AckState ack = blocking.isEmpty() ? AckState.NONE : services.acknowledger().decide(api, pr, config, blocking);
    Verdict verdict = Verdict.of(report, ack, config.label());
    Set<String> headFiles = new HashSet<>();
    Map<String, String> headTexts = new HashMap<>();
    m.head().forEach(f -> {
      headFiles.add(f.path());
      if (f.text() != null) headTexts.put(f.path(), f.text());
    });
    m.tooLarge().forEach(f -> headFiles.add(f.file()));
    List<String> notes = new ArrayList<>(m.notes());
    if (!verified.summary().isEmpty()) notes.add(verified.summary());
    String page = services.pages().publish(api, pr, review);
    CheckRunContent content = CheckRunContent.of(review, verdict, config.label(), headFiles, notes, page);
    services.checks().complete(api, number, head, check, verdict.conclusion(), content);
    remember(check, head, blocking);
    services.reviews().publish(api, number, head, review, m.diffs(), headTexts);
    LOG.info("{}#{} {}: {} ({} findings)", api.fullName(), number, head.substring(0, Math.min(7, head.length())),
        verdict.conclusion(), report.findings().size());
  }

  /** Records what the check showed, so an acknowledgment given on it covers exactly that. */
  private void remember(CheckPublisher.Check check, String head, List<Finding> blocking) {
    Set<String> fingerprints = new HashSet<>();
    for (Finding f : blocking) fingerprints.add(Fingerprints.of(f));
    long runId = check instanceof CheckPublisher.Run run ? run.id() : -1;
    services.acks().shown(key(), new AckStore.Shown(runId, head, fingerprints, services.clock().instant()));
  }

  private void completeNew(String head, String conclusion, String title, String summary) throws GitHubException {
    services.checks().completeNew(api, number, head, conclusion, new CheckRunOutput(title, summary));
  }

  /** Completes (or creates) the check with the reason, so it never spins forever. */
  private void fail(CheckPublisher.Check check, String head, Exception e) {
    boolean ours = e instanceof RuntimeException;
    String summary = "OneWayDoor could not finish reviewing this commit:\n\n    " + (ours ? "internal error: " + e
        : e.getMessage()) + "\n\n" + (ours ? "This is a bug in OneWayDoor, not a GitHub problem; the server log has "
            + "the details." : "GitHub did not answer as expected: usually an outage or a rate limit.")
        + " Comment `/recheck` to try again.";
    CheckRunOutput output = new CheckRunOutput("OneWayDoor could not finish", CheckRunContent.clip(summary, 60_000));
    try {
      if (check != null) services.checks().complete(api, number, head, check, "failure", output);
      else if (head != null) services.checks().completeNew(api, number, head, "failure", output);
    } catch (GitHubException second) {
      LOG.error("could not report the failure on {}#{}: {}", api.fullName(), number, second.getMessage());
    }
  }
}
