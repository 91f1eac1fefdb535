package dev.onewaydoor.app;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.analysis.Report;
import dev.onewaydoor.check.Checker;
import dev.onewaydoor.config.ConfigException;
import dev.onewaydoor.config.RepoConfig;
import dev.onewaydoor.github.CheckRunOutput;
import dev.onewaydoor.github.GitHubException;
import dev.onewaydoor.github.PullRequest;
import dev.onewaydoor.github.RepoApi;
import dev.onewaydoor.migrations.Progress;
import dev.onewaydoor.report.AckState;
import dev.onewaydoor.report.Fingerprints;
import dev.onewaydoor.report.Verdict;
import dev.onewaydoor.verify.Verification;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
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
  private static final java.time.Duration BUDGET_WAIT = java.time.Duration.ofMinutes(10);

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
    Report report = analyseWithinBudget(config, m);
    if (report == null) {
      services.checks().complete(api, number, head, check, "failure", new CheckRunOutput("OneWayDoor is busy",
          "Other large reviews held the memory this one needs for " + BUDGET_WAIT.toMinutes() + " minutes. Nothing "
              + "is verified. Comment `/recheck` to try again."), List.of(), null);
      return;
    }
    Verification verified = services.verify().run(config, m.base(), m.head(), pr.fromFork());
    report = verified.applyTo(report, config.rules());
    if (services.queue().superseded(key(), head)) {
      services.checks().complete(api, number, head, check, "neutral", new CheckRunOutput("Superseded by a newer commit",
          "A newer commit was pushed; it is reviewed instead."), List.of(), null);
      return;
    }
    List<Finding> blocking = report.findings().stream().filter(Finding::blocking).toList();
    AckState ack = blocking.isEmpty() ? AckState.NONE : services.acknowledger().decide(api, pr, config, blocking);
    Verdict verdict = Verdict.of(report, ack, config.label());
    Set<String> headFiles = new HashSet<>();
    m.head().forEach(f -> headFiles.add(f.path()));
    m.tooLarge().forEach(f -> headFiles.add(f.file()));
    List<String> notes = new ArrayList<>(m.notes());
    if (!verified.summary().isEmpty()) notes.add(verified.summary());
    CheckRunContent content = CheckRunContent.of(report, verdict, config.label(), headFiles, notes);
    services.checks().complete(api, number, head, check, verdict.conclusion(), content.first(), content.more(),
        content.actions());
    remember(check, head, blocking);
    services.reviews().publish(api, number, head, report, m.diffs());
    LOG.info("{}#{} {}: {} ({} findings)", api.fullName(), number, head.substring(0, Math.min(7, head.length())),
        verdict.conclusion(), report.findings().size());
  }

  /** Analyses while holding the job's share of the analysis memory; null when it never became free. */
  private Report analyseWithinBudget(RepoConfig config, Change.Migrations m) {
    long bytes = Math.min(m.bytes(), services.analysisMemory().total());
    try {
      if (!services.analysisMemory().acquire(bytes, BUDGET_WAIT)) return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
    try {
      return analyse(config, m);
    } finally {
      services.analysisMemory().release(bytes);
    }
  }

  /** The analysis, with changed files too large to read as blocking findings of their own. */
  private Report analyse(RepoConfig config, Change.Migrations m) {
    Report report = new Checker(config).checkChange(m.base(), m.head(), Progress.NONE);
    for (Throwable bug : report.internalErrors()) {
      // Our own bug: the file it hit is reported as analysis-failed; the trace is for us.
      LOG.error("internal error analysing {}#{} (reported as analysis-failed)", api.fullName(), number, bug);
    }
    if (m.tooLarge().isEmpty()) return report;
    List<Finding> all = new ArrayList<>(m.tooLarge());
    all.addAll(report.findings());
    all.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line));
    return new Report(List.copyOf(all), report.migrations() + m.tooLarge().size(), report.statements(),
        report.notes(), report.internalErrors());
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
      if (check != null) services.checks().complete(api, number, head, check, "failure", output, List.of(), null);
      else if (head != null) services.checks().completeNew(api, number, head, "failure", output);
    } catch (GitHubException second) {
      LOG.error("could not report the failure on {}#{}: {}", api.fullName(), number, second.getMessage());
    }
  }
}
