package dev.onewaydoor.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onewaydoor.github.CheckRunOutput;
import dev.onewaydoor.github.GitHubException;
import dev.onewaydoor.github.GitHubHttp;
import dev.onewaydoor.github.InstallationTokens;
import dev.onewaydoor.github.RepoApi;
import dev.onewaydoor.github.WebhookEvent;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cleans up after a process that stopped in the middle of a job: its check runs would spin
 * "in progress" forever. GitHub lists them (our check name, our App, in progress, started
 * before this process), and they are completed through the same publisher as every review.
 */
public final class RestartRecovery {
  private static final Logger LOG = LoggerFactory.getLogger(RestartRecovery.class);
  static final String INTERRUPTED = "Interrupted by a restart";
  static final String QUARANTINED = "OneWayDoor could not review this commit";

  private final GitHubHttp http;
  private final InstallationTokens tokens;
  private final CheckPublisher checks;
  private final String appId;

  public RestartRecovery(GitHubHttp http, InstallationTokens tokens, Clock clock, String appId, String publicUrl) {
    this.http = http;
    this.tokens = tokens;
    // Its own notice memory: a missing-permission comment here is at worst said once more.
    this.checks = new CheckPublisher(clock, publicUrl, new AckStore(null));
    this.appId = appId;
  }

  /** {@code e}'s jobs were running when the process stopped: their stuck check runs are cancelled. */
  public void interrupted(WebhookEvent e, Instant before) {
    complete(e, before, "cancelled", INTERRUPTED, "The OneWayDoor server stopped while it reviewed this commit."
        + " The review is being done again; its result follows in a new check run.", false);
  }

  /** {@code e} stopped the server {@code attempts} times: its checks fail with the reason, for good. */
  public void quarantined(WebhookEvent e, int attempts, String where, Instant before) {
    complete(e, before, "failure", QUARANTINED, "Reviewing this commit stopped the OneWayDoor server " + attempts
        + " times (it ran out of memory or crashed), so it was set aside instead of being tried again."
        + "\n\nThis is a bug or a limit of OneWayDoor, not a problem of this pull request's code. The operator finds"
        + " the delivery in `DATA_DIR/" + where + "` and the details in the server log. Once it is fixed, comment"
        + " `/recheck` to review again.", true);
  }

  private void complete(WebhookEvent e, Instant before, String conclusion, String title, String summary,
      boolean evenIfNoneRuns) {
    if (e.repo() == null) return; // installation events have no check runs
    RepoApi api = new RepoApi(http, tokens, e.installation(), e.repo());
    try {
      for (String head : heads(api, e)) {
        List<Long> stuck = stuck(e, head, before);
        CheckRunOutput output = new CheckRunOutput(title, summary);
        for (long id : stuck) {
          checks.complete(api, e.number(), head, new CheckPublisher.Run(id), conclusion, output);
        }
        if (stuck.isEmpty() && evenIfNoneRuns) checks.completeNew(api, e.number(), head, conclusion, output);
        LOG.info("{}@{}: completed {} check run(s) as {}", e.repo(), head, stuck.size(), conclusion);
      }
    } catch (GitHubException ex) {
      LOG.warn("could not complete the check runs of {} left by the previous process: {}", e.repo(), ex.getMessage());
    } catch (RuntimeException ex) {
      LOG.error("internal error while completing the check runs of {} left by the previous process", e.repo(), ex);
    }
  }

  /** The head commits the event's jobs review. */
  private static List<String> heads(RepoApi api, WebhookEvent e) throws GitHubException {
    if (e.pr() != null) return List.of(e.pr().headSha());
    if (e.headSha() != null) return List.of(e.headSha());
    if (e.number() > 0) return List.of(api.pullRequest(e.number()).headSha());
    return List.of();
  }

  /** Our check runs on {@code head} still in progress that an earlier process started. */
  private List<Long> stuck(WebhookEvent e, String head, Instant before) throws GitHubException {
    String path = "/repos/" + e.repo() + "/commits/" + head + "/check-runs?filter=all&status=in_progress&check_name="
        + URLEncoder.encode(CheckPublisher.NAME, StandardCharsets.UTF_8)
        + (appId.matches("\\d+") ? "&app_id=" + appId : "");
    List<Long> out = new ArrayList<>();
    for (JsonNode run : http.getAll(path, tokens.authorization(e.installation()), "check_runs")) {
      JsonNode app = run.path("app");
      boolean ours = appId.equals(app.path("id").asText()) || appId.equals(app.path("client_id").asText());
      String started = run.path("started_at").asText("");
      if (ours && !started.isEmpty() && Instant.parse(started).isBefore(before)) out.add(run.path("id").asLong());
    }
    return out;
  }
}
