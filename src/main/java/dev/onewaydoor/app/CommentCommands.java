package dev.onewaydoor.app;

import dev.onewaydoor.github.GitHubException;
import dev.onewaydoor.github.RepoApi;
import dev.onewaydoor.github.WebhookEvent;
import java.util.Locale;
import java.util.Set;

/**
 * Commands on the first line of a pull request comment: {@code /recheck} re-runs the review
 * now, {@code /help} explains the App. Only users with write permission (asked of the API)
 * may run them; 👀 acknowledges receipt, 👍 or 👎 the outcome. Bots are ignored upstream.
 */
final class CommentCommands {
  private static final Set<String> WRITERS = Set.of("admin", "write");
  static final String HELP = String.join("\n",
      "**OneWayDoor** reviews database migrations for one-way doors: changes after which rolling back "
          + "the application fails or data cannot come back (dropped or renamed columns and tables, lossy "
          + "type changes, NOT NULL without a default, missing or wrong down migrations, edits to applied "
          + "migrations…).",
      "",
      "- The **OneWayDoor** check fails while blocking findings are not acknowledged. Each finding says "
          + "why it is a one-way door and how to make the change reversible (expand–contract).",
      "- To accept the risk, add the `rollback-not-possible` label (or click **Acknowledge** on the check). "
          + "It covers the findings that exist now; new ones pushed later remove it again.",
      "- To accept one statement, write `-- onewaydoor:ignore <rule> -- <reason>` on the line above it.",
      "- Commands (first line of a comment, write access needed): `/recheck` re-runs the review, `/help` shows this.",
      "- Configuration lives in `.github/onewaydoor.yml` on the base branch.");

  private final Services services;

  CommentCommands(Services services) {
    this.services = services;
  }

  /** The command on the first line of {@code body}, or null when it holds none. */
  static String command(String body) {
    String first = body.strip().split("\\R", 2)[0].strip().toLowerCase(Locale.ROOT);
    String command = first.split("\\s+", 2)[0];
    return command.equals("/recheck") || command.equals("/help") ? command : null;
  }

  /** Returns true when the comment was a command. */
  boolean handle(RepoApi api, WebhookEvent e) {
    String command = command(e.commentBody());
    if (command == null) return false;
    services.queue().submit(new Task("command:" + e.repo() + "#" + e.number(), () -> run(api, e, command)));
    return true;
  }

  private void run(RepoApi api, WebhookEvent e, String command) throws GitHubException {
    api.react(e.commentId(), "eyes");
    if (!canWrite(api, e.sender())) {
      api.react(e.commentId(), "-1");
      api.comment(e.number(), "@" + e.sender() + " `" + command + "` needs write access to this repository.");
      return;
    }
    if (command.equals("/help")) {
      api.comment(e.number(), HELP);
    } else {
      services.queue().submit(new ReviewJob(services, api, e.number(), null));
    }
    api.react(e.commentId(), "+1");
  }

  static boolean canWrite(RepoApi api, String user) throws GitHubException {
    return WRITERS.contains(api.permission(user));
  }
}
