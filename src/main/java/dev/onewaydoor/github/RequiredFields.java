package dev.onewaydoor.github;

/**
 * What an event the App acts on must carry before any work starts: a job given an empty head
 * SHA or PR number would call GitHub with empty values (and GitHub may answer for the wrong
 * object). A delivery that lacks them is refused at intake.
 */
public final class RequiredFields {
  private RequiredFields() {}

  /** Returns the first missing field's name (as in the payload), or null when nothing is missing. */
  public static String missing(WebhookEvent e) {
    if (e.repo() == null && !e.event().startsWith("installation")) return "repository.full_name";
    switch (e.event()) {
      case "pull_request":
        if (e.pr() == null) return "pull_request";
        if (e.number() <= 0) return "pull_request.number";
        if (e.pr().headSha().isEmpty()) return "pull_request.head.sha";
        if (e.pr().baseSha().isEmpty()) return "pull_request.base.sha";
        if ((e.action().equals("labeled") || e.action().equals("unlabeled")) && e.label() == null) return "label.name";
        return null;
      case "issue_comment":
        if (e.number() <= 0) return "issue.number";
        return e.commentId() <= 0 ? "comment.id" : null;
      case "check_run":
      case "check_suite":
        if (e.headSha() == null || e.headSha().isEmpty()) return e.event() + ".head_sha";
        return e.pullRequests().stream().anyMatch(n -> n <= 0) ? e.event() + ".pull_requests[].number" : null;
      case "installation":
      case "installation_repositories":
        return e.repositories().stream().anyMatch(String::isEmpty) ? "repositories[].full_name" : null;
      default:
        return null;
    }
  }
}
