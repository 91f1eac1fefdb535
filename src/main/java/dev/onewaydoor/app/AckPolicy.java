package dev.onewaydoor.app;

import dev.onewaydoor.config.RepoConfig;
import dev.onewaydoor.github.GitHubException;
import dev.onewaydoor.github.RepoApi;

/**
 * Who may acknowledge one-way doors, the same for the label and the button: a person with
 * write access to the repository (admin, maintain or write; not triage), who is also listed
 * in {@code acknowledge.allowed} (a login or an {@code @org/team}) when that list is set. A
 * bot only when it is named in the list. An unknown actor never.
 */
final class AckPolicy {
  private AckPolicy() {}

  static boolean mayAcknowledge(RepoApi api, RepoConfig config, String actor) throws GitHubException {
    if (actor == null || actor.isBlank() || actor.equals("unknown")) return false;
    boolean named = config.allowed().stream().anyMatch(actor::equalsIgnoreCase);
    if (actor.endsWith("[bot]")) return named;
    if (!api.permission(actor).canWrite()) return false;
    if (config.allowed().isEmpty() || named) return true;
    for (String entry : config.allowed()) {
      if (entry.startsWith("@") && entry.contains("/")) {
        String[] parts = entry.substring(1).split("/", 2);
        if (api.teamMember(parts[0], parts[1], actor)) return true;
      }
    }
    return false;
  }
}
