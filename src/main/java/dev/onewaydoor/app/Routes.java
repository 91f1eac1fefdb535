package dev.onewaydoor.app;

import dev.onewaydoor.config.RepoConfig;
import dev.onewaydoor.github.RepoApi;
import dev.onewaydoor.github.WebhookEvent;
import java.util.Map;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one routing table: {@code "event.action"} → whether it calls for work, and the handler
 * that queues it. Adding an event is one line here.
 */
final class Routes {
  private static final Logger LOG = LoggerFactory.getLogger(Routes.class);
  static final String LABEL_COLOR = "b60205";
  static final String LABEL_DESCRIPTION = "Accepts that this PR's database migration cannot be rolled back";

  /** A repository's API as one installation. */
  @FunctionalInterface
  interface Apis {
    RepoApi of(long installation, String fullName);
  }

  /** What to do for one kind of event. */
  record Route(Predicate<WebhookEvent> wanted, Handler handler) {
    boolean wants(WebhookEvent e) {
      return wanted.test(e);
    }

    boolean handle(WebhookEvent e) {
      return handler.handle(e);
    }
  }

  @FunctionalInterface
  interface Handler {
    boolean handle(WebhookEvent e);
  }

  private final Services services;
  private final Apis apis;
  private final CommentCommands commands;
  private final AcknowledgeButton button;
  private final Map<String, Route> table;

  Routes(Services services, String appId, Apis apis) {
    this.services = services;
    this.apis = apis;
    this.commands = new CommentCommands(services);
    this.button = new AcknowledgeButton(services, appId);
    Route review = new Route(e -> e.repo() != null && e.pr() != null, this::review);
    Route rerun = new Route(e -> e.repo() != null && e.headSha() != null, this::rerun);
    Route setup = new Route(e -> !e.repositories().isEmpty(), this::setup);
    this.table = Map.ofEntries(
        Map.entry("pull_request.opened", review),
        Map.entry("pull_request.synchronize", review),
        Map.entry("pull_request.reopened", review),
        Map.entry("pull_request.ready_for_review", review),
        Map.entry("pull_request.edited", new Route(e -> e.repo() != null && e.pr() != null && e.baseChanged(), this::review)),
        Map.entry("pull_request.labeled", new Route(e -> e.repo() != null && e.pr() != null, this::labeled)),
        Map.entry("pull_request.unlabeled", new Route(e -> e.repo() != null && e.pr() != null, this::unlabeled)),
        Map.entry("issue_comment.created", new Route(e -> e.repo() != null && e.isPullRequestComment()
            && !e.senderIsBot() && CommentCommands.command(e.commentBody()) != null, e -> commands.handle(api(e), e))),
        Map.entry("check_run.rerequested", rerun),
        Map.entry("check_suite.rerequested", rerun),
        Map.entry("check_run.requested_action", new Route(e -> e.repo() != null && "acknowledge".equals(e.requestedAction()),
            e -> button.clicked(api(e), e))),
        Map.entry("installation.created", setup),
        Map.entry("installation_repositories.added", setup));
  }

  /** The route for the event, or null when the App does not handle it. */
  Route get(WebhookEvent e) {
    return table.get(e.event() + "." + e.action());
  }

  private RepoApi api(WebhookEvent e) {
    return apis.of(e.installation(), e.repo());
  }

  private boolean review(WebhookEvent e) {
    services.queue().submit(new ReviewJob(services, api(e), e.number(), e.pr()));
    return true;
  }

  /**
   * A person applied a label: bind it now, on arrival, to the check run the pull request shows
   * — what they could have seen — before any later push is reviewed. Whether it is the
   * acknowledgment label and whether they may acknowledge is decided by the job. A bot's label
   * does not replace an acknowledgment already bound: this App labels after a click it bound.
   */
  private boolean labeled(WebhookEvent e) {
    String key = AckStore.key(e.repo(), e.number());
    if (e.label() != null && !(e.senderIsBot() && services.acks().ack(key, e.label()) != null)) {
      services.acks().bindToLatest(key, e.label(), "the `" + e.label() + "` label", e.sender(), services.clock().instant());
    }
    return labelReview(e);
  }

  private boolean unlabeled(WebhookEvent e) {
    if (e.label() != null) services.acks().removeAck(AckStore.key(e.repo(), e.number()), e.label());
    return labelReview(e);
  }

  private boolean labelReview(WebhookEvent e) {
    services.queue().submit(new ReviewJob(services, api(e), e.number(), e.pr(), e.label() == null ? "" : e.label()));
    return true;
  }

  /** Re-runs for the check's head SHA; PRs from forks are not named in the payload, so look them up. */
  private boolean rerun(WebhookEvent e) {
    RepoApi api = api(e);
    services.queue().submit(new Task(e.repo() + "@" + e.headSha(), () -> {
      var prs = e.pullRequests().isEmpty() ? api.openPullRequestsWithHead(e.headSha()) : e.pullRequests();
      for (int n : prs) services.queue().submit(new ReviewJob(services, api, n, null));
    }));
    return true;
  }

  private boolean setup(WebhookEvent e) {
    for (String fullName : e.repositories()) {
      RepoApi api = apis.of(e.installation(), fullName);
      services.queue().submit(new Task("setup:" + fullName, () -> {
        if (api.ensureLabel(RepoConfig.DEFAULT_LABEL, LABEL_COLOR, LABEL_DESCRIPTION)) {
          LOG.info("created the label in {}", fullName);
        }
      }));
    }
    return true;
  }
}
