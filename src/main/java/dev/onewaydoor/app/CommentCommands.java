package dev.onewaydoor.app;

import dev.onewaydoor.github.GitHubException;
import dev.onewaydoor.github.Permission;
import dev.onewaydoor.github.RepoApi;
import dev.onewaydoor.github.WebhookEvent;
import java.util.Locale;

/**
 * Commands on the first line of a pull request comment: {@code /recheck} re-runs the review
 * (write access), {@code /help} explains the App (anyone who can read the repository). 👀
 * acknowledges receipt, 👍 or 👎 the outcome. Someone who may not run a command gets the 👎
 * and, once per pull request, one comment saying why; after that, reactions only. Each
 * command is its own job, so a waiting {@code /recheck} is never replaced by a later one.
 */
final class CommentCommands {
  static final String HELP = String.join("\n",
      "**OneWayDoor** reviews database migrations for one-way doors: changes after which rolling back "
          + "the application fails or data cannot come back (dropped or renamed columns and tables, lossy "
          + "type changes, NOT NULL without a default, missing or wrong down migrations, edits to applied "
          + "migrations…).",
      "",
      "- The **OneWayDoor** check fails while blocking findings are not acknowledged. Each finding says "
          + "why it is a one-way door and how to make the change reversible (expand–contract).",
      "- To accept the risk, add the `rollback-not-possible` label (or click **Acknowledge** on the check); "
          + "write access is needed. It covers the findings that check showed; new ones pushed later remove it again.",
      "- To accept one statement, write `-- onewaydoor:ignore <rule> -- <reason>` on the line above it.",
      "- Commands (first line of a comment): `/recheck` re-runs the review (write access), `/help` shows this.",
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
    String key = "command:" + e.repo() + "#" + e.number() + ":" + e.commentId();
    services.queue().submit(new Task(key, () -> run(api, e, command)));
    return true;
  }

  private void run(RepoApi api, WebhookEvent e, String command) throws GitHubException {
    api.react(e.commentId(), "eyes");
    Permission permission = api.permission(e.sender());
    boolean allowed = command.equals("/help") ? permission != Permission.NONE : permission.canWrite();
    if (!allowed) {
      api.react(e.commentId(), "-1");
      if (services.acks().firstNotice("commands:" + AckStore.key(e.repo(), e.number()))) {
        api.comment(e.number(), "@" + e.sender() + " `" + command + "` needs " + (command.equals("/help") ? "read" : "write")
            + " access to this repository. (OneWayDoor says this once per pull request; later commands from people "
            + "without access get a reaction only.)");
      }
      return;
    }
    if (command.equals("/help")) {
      if (permission.canWrite() || services.acks().firstNotice("help:" + AckStore.key(e.repo(), e.number()))) {
        api.comment(e.number(), HELP);
      }
    } else {
      services.queue().submit(new ReviewJob(services, api, e.number(), null));
    }
    api.react(e.commentId(), "+1");
  }
}
