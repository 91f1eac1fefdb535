package dev.onewaydoor.app;

import dev.onewaydoor.github.GitHubHttp;
import dev.onewaydoor.github.InstallationTokens;
import dev.onewaydoor.github.RepoApi;
import dev.onewaydoor.github.WebhookEvent;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The GitHub App's behaviour: routes each webhook event to the work it calls for. Runs on
 * the queue's threads, never on the request thread.
 */
public final class App {
  private static final Logger LOG = LoggerFactory.getLogger(App.class);
  static final String LABEL_COLOR = "b60205";
  static final String LABEL_DESCRIPTION = "Accepts that this PR's database migration cannot be rolled back";

  private final GitHubHttp http;
  private final InstallationTokens tokens;
  private final Services services;
  private final CommentCommands commands;
  private final ReportPages reportPages;

  public App(GitHubHttp http, InstallationTokens tokens, ExecutorService pool, Clock clock, String publicUrl,
      Path dataDir) {
    this.http = http;
    this.tokens = tokens;
    AckStore acks = new AckStore(dataDir);
    this.services = new Services(new JobQueue(pool), new RepoConfigLoader(), new MigrationFetcher(new BlobCache(256L << 20)),
        new CheckRunPublisher(clock, publicUrl), new ReviewPublisher(), new Acknowledger(acks), acks);
    this.commands = new CommentCommands(services);
    this.reportPages = new ReportPages(dataDir == null ? null : dataDir.resolve("reports"), clock,
        java.time.Duration.ofDays(30));
  }

  /** The check runs' report pages, served by the server and written by review jobs. */
  public ReportPages reportPages() {
    return reportPages;
  }

  public JobQueue queue() {
    return services.queue();
  }

  /** True when the event calls for work; has no side effects, so intake can ask first. */
  public boolean wants(WebhookEvent e) {
    if (e.installation() == 0 || (e.repo() == null && e.repositories().isEmpty())) return false;
    switch (e.event() + "." + e.action()) {
      case "pull_request.opened": case "pull_request.synchronize": case "pull_request.reopened":
      case "pull_request.ready_for_review": case "pull_request.labeled": case "pull_request.unlabeled":
      case "check_run.rerequested": case "check_suite.rerequested":
        return true;
      case "pull_request.edited":
        return e.baseChanged();
      case "issue_comment.created":
        return e.isPullRequestComment() && !e.senderIsBot() && CommentCommands.command(e.commentBody()) != null;
      case "check_run.requested_action":
        return "acknowledge".equals(e.requestedAction());
      case "installation.created": case "installation_repositories.added":
        return !e.repositories().isEmpty();
      default:
        return false;
    }
  }

  /** Queues the work for one verified, parsed delivery. Returns false when it needs none. */
  public boolean handle(WebhookEvent e) {
    if (!wants(e)) return false;
    switch (e.event() + "." + e.action()) {
      case "pull_request.edited":
      case "pull_request.opened": case "pull_request.synchronize": case "pull_request.reopened":
      case "pull_request.ready_for_review":
        return review(e, e.number(), e.pr());
      case "pull_request.labeled":
        if (!e.senderIsBot()) {
          // A person applied a label: if it is the acknowledgment label, this is a new acknowledgment
          // (the job checks the label name against the config and who may acknowledge).
          services.acks().labeled(AckStore.key(e.repo(), e.number()), e.label(), e.sender(),
              java.time.Instant.now().toString());
        }
        return labelReview(e);
      case "pull_request.unlabeled":
        services.acks().unlabeled(AckStore.key(e.repo(), e.number()), e.label());
        return labelReview(e);
      case "issue_comment.created":
        return commands.handle(repo(e), e);
      case "check_run.rerequested": case "check_suite.rerequested":
        return rerun(e);
      case "check_run.requested_action":
        return acknowledge(e);
      case "installation.created": case "installation_repositories.added":
        e.repositories().forEach(r -> submitLabelSetup(e.installation(), r));
        return true;
      default:
        return false;
    }
  }

  private RepoApi repo(WebhookEvent e) {
    return new RepoApi(http, tokens, e.installation(), e.repo());
  }

  private boolean review(WebhookEvent e, int number, dev.onewaydoor.github.PullRequest pr) {
    services.queue().submit(new ReviewJob(services, repo(e), number, pr));
    return true;
  }

  private boolean labelReview(WebhookEvent e) {
    services.queue().submit(new ReviewJob(services, repo(e), e.number(), e.pr(), e.label() == null ? "" : e.label()));
    return true;
  }

  /** Re-runs for the check's head SHA; PRs from forks are not named in the payload, so look them up. */
  private boolean rerun(WebhookEvent e) {
    RepoApi api = repo(e);
    services.queue().submit(new Task(e.repo() + "@" + e.headSha(), () -> {
      var prs = e.pullRequests().isEmpty() ? api.openPullRequestsWithHead(e.headSha()) : e.pullRequests();
      for (int n : prs) services.queue().submit(new ReviewJob(services, api, n, null));
    }));
    return true;
  }

  private boolean acknowledge(WebhookEvent e) {
    RepoApi api = repo(e);
    services.queue().submit(new Task(e.repo() + "@" + e.headSha(), () -> {
      var prs = e.pullRequests().isEmpty() ? api.openPullRequestsWithHead(e.headSha()) : e.pullRequests();
      for (int n : prs) {
        var pr = api.pullRequest(n);
        var config = services.configs().load(api, pr.baseSha());
        boolean may = config.allowed().isEmpty() ? CommentCommands.canWrite(api, e.sender())
            : Acknowledger.mayAcknowledge(api, config, e.sender());
        if (!may) {
          api.comment(n, "@" + e.sender() + " clicked Acknowledge, but may not acknowledge one-way doors here.");
          continue;
        }
        services.acks().put(AckStore.key(api.fullName(), n),
            new AckStore.Ack(config.label(), e.sender(), java.time.Instant.now().toString(), null, false));
        api.addLabel(n, config.label());
        services.queue().submit(new ReviewJob(services, api, n, null));
      }
    }));
    return true;
  }

  private void submitLabelSetup(long installation, String fullName) {
    RepoApi api = new RepoApi(http, tokens, installation, fullName);
    services.queue().submit(new Task("setup:" + fullName, () -> {
      if (api.ensureLabel(dev.onewaydoor.config.RepoConfig.DEFAULT_LABEL, LABEL_COLOR, LABEL_DESCRIPTION)) {
        LOG.info("created the label in {}", fullName);
      }
    }));
  }
}
