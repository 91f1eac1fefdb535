package dev.onewaydoor.app;

import dev.onewaydoor.github.CheckRunOutput;
import dev.onewaydoor.github.CheckRunUpdate;
import dev.onewaydoor.github.GitHubException;
import dev.onewaydoor.github.RepoApi;
import dev.onewaydoor.report.PrComments;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a review's outcome goes: the "OneWayDoor" check run, or — when GitHub refuses to
 * create check runs (403: the installation lacks {@code checks: write}) — a commit status of
 * the same name, with one comment per pull request saying which permission is missing and one
 * log line per installation.
 */
final class CheckPublisher {
  private static final Logger LOG = LoggerFactory.getLogger(CheckPublisher.class);
  static final String NAME = "OneWayDoor";

  /** A started check: a run, or a commit status when check runs are not allowed. */
  sealed interface Check permits Run, Status {}

  record Run(long id) implements Check {}

  record Status() implements Check {}

  private final Clock clock;
  private final String detailsUrl;
  private final AckStore notices;
  private final Set<Long> loggedInstallations = ConcurrentHashMap.newKeySet();

  CheckPublisher(Clock clock, String publicUrl, AckStore notices) {
    this.clock = clock;
    this.detailsUrl = publicUrl == null ? null : publicUrl.replaceAll("/+$", "") + "/";
    this.notices = notices;
  }

  Check start(RepoApi api, int pr, String headSha) throws GitHubException {
    try {
      return new Run(api.createCheckRun(NAME, headSha, CheckRunUpdate.inProgress(clock.instant(), detailsUrl)));
    } catch (GitHubException e) {
      if (e.status() != 403) throw e;
      noChecksPermission(api, pr);
      status(api, headSha, "pending", "Reviewing the migrations…");
      return new Status();
    }
  }

  /** Completes the check with a plain outcome (no findings to annotate). */
  void complete(RepoApi api, int pr, String headSha, Check check, String conclusion, CheckRunOutput output)
      throws GitHubException {
    complete(api, pr, headSha, check, conclusion, new CheckRunContent(output, List.of(), null, null));
  }

  /**
   * Completes the check with a review's content: its first output carries the conclusion, the
   * others further annotation batches; its report page, if any, becomes the details link.
   */
  void complete(RepoApi api, int pr, String headSha, Check check, String conclusion, CheckRunContent content)
      throws GitHubException {
    if (check instanceof Run run) {
      api.updateCheckRun(run.id(), CheckRunUpdate.completed(conclusion, clock.instant(), content.detailsUrl(),
          content.first(), content.actions()));
      for (CheckRunOutput o : content.more()) api.updateCheckRun(run.id(), CheckRunUpdate.moreAnnotations(o));
    } else {
      String link = content.detailsUrl() != null ? content.detailsUrl() : detailsUrl;
      status(api, headSha, state(conclusion), content.first().title(), link);
    }
  }

  /** Creates an already completed check: for outcomes known before any analysis. */
  void completeNew(RepoApi api, int pr, String headSha, String conclusion, CheckRunOutput output) throws GitHubException {
    try {
      api.createCheckRun(NAME, headSha, CheckRunUpdate.completed(conclusion, clock.instant(), detailsUrl, output, null));
    } catch (GitHubException e) {
      if (e.status() != 403) throw e;
      noChecksPermission(api, pr);
      status(api, headSha, state(conclusion), output.title());
    }
  }

  private void noChecksPermission(RepoApi api, int pr) throws GitHubException {
    if (loggedInstallations.add(api.installation())) {
      LOG.warn("installation {} may not create check runs (403 on {}): it lacks the checks: write permission; "
          + "using commit statuses instead", api.installation(), api.fullName());
    }
    if (pr > 0 && notices.firstNotice("no-checks:" + AckStore.key(api.fullName(), pr))) {
      api.comment(pr, PrComments.missingChecksPermission());
    }
  }

  private void status(RepoApi api, String headSha, String state, String description) throws GitHubException {
    status(api, headSha, state, description, detailsUrl);
  }

  private void status(RepoApi api, String headSha, String state, String description, String link)
      throws GitHubException {
    try {
      api.createStatus(headSha, state, description, NAME, link);
    } catch (GitHubException e) {
      if (e.status() != 403 && e.status() != 404) throw e;
      LOG.warn("{} may not set commit statuses either ({}): the result is only in the review", api.fullName(), e.status());
    }
  }

  private static String state(String conclusion) {
    return conclusion.equals("success") || conclusion.equals("failure") ? conclusion : "error";
  }
}
