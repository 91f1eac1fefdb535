package dev.onewaydoor.github;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a webhook delivery the App acts on, read from the payload JSON. Fields an
 * event does not carry are null, 0 or empty.
 *
 * @param event {@code X-GitHub-Event}
 * @param installation the App installation id (App deliveries carry it)
 * @param repo {@code owner/name}
 * @param number the pull request number, 0 when none
 * @param pr the pull request object of {@code pull_request} events, else null
 * @param headSha the head commit of check_run / check_suite events
 * @param pullRequests PR numbers named by check_run / check_suite (empty for forks)
 * @param label the label of labeled/unlabeled events
 * @param baseChanged an {@code edited} event that changed the base branch
 * @param commentId, commentBody, isPullRequestComment for issue_comment events
 * @param requestedAction the button identifier of check_run.requested_action
 * @param repositories repositories of installation events
 * @param checkRun the check run of check_run events (its id, head and creating App), else {@link CheckRunRef#NONE}
 */
public record WebhookEvent(String event, String action, long installation, String repo, int number,
    PullRequest pr, String headSha, List<Integer> pullRequests, String label, boolean baseChanged,
    long commentId, String commentBody, boolean isPullRequestComment, String requestedAction,
    String sender, boolean senderIsBot, List<String> repositories, CheckRunRef checkRun) {

  public static WebhookEvent parse(String event, JsonNode p) {
    String action = p.path("action").asText("");
    long installation = p.path("installation").path("id").asLong(0);
    String repo = p.path("repository").path("full_name").asText(null);
    JsonNode sender = p.path("sender");
    boolean bot = "Bot".equals(sender.path("type").asText()) || sender.path("login").asText("").endsWith("[bot]");
    PullRequest pr = p.has("pull_request") ? PullRequest.from(p.get("pull_request")) : null;
    int number = pr != null ? pr.number() : p.path("issue").path("number").asInt(0);
    JsonNode check = p.has("check_run") ? p.get("check_run") : p.path("check_suite");
    List<Integer> prs = new ArrayList<>();
    for (JsonNode n : check.path("pull_requests")) prs.add(n.path("number").asInt());
    List<String> repos = new ArrayList<>();
    for (JsonNode r : p.has("repositories_added") ? p.get("repositories_added") : p.path("repositories")) {
      repos.add(r.path("full_name").asText());
    }
    return new WebhookEvent(event, action, installation, repo, number, pr,
        check.path("head_sha").asText(null), List.copyOf(prs),
        p.path("label").path("name").asText(null), p.path("changes").has("base"),
        p.path("comment").path("id").asLong(0), p.path("comment").path("body").asText(""),
        p.path("issue").has("pull_request"), p.path("requested_action").path("identifier").asText(null),
        sender.path("login").asText(""), bot, List.copyOf(repos), checkRun(p.path("check_run")));
  }

  private static CheckRunRef checkRun(JsonNode run) {
    if (run.isMissingNode()) return CheckRunRef.NONE;
    JsonNode app = run.path("app");
    return new CheckRunRef(run.path("id").asLong(0), run.path("head_sha").asText(null), app.path("id").asLong(0),
        app.path("client_id").asText(""), app.path("slug").asText(""));
  }
}
