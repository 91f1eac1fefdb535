package dev.onewaydoor.github;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of a pull request the workflow needs.
 *
 * @param fromFork its head is in another repository (or in a deleted one): its SQL comes from a stranger
 * @param privateRepo whether the base repository is private; true when GitHub did not say, so
 *     nothing is published about a repository not known to be public
 */
public record PullRequest(int number, String state, String headSha, String baseRef, String baseSha,
    List<String> labels, boolean fromFork, boolean privateRepo) {

  public static PullRequest from(JsonNode pr) {
    List<String> labels = new ArrayList<>();
    for (JsonNode l : pr.path("labels")) labels.add(l.path("name").asText());
    JsonNode isPrivate = pr.path("base").path("repo").path("private");
    return new PullRequest(pr.path("number").asInt(), pr.path("state").asText("open"),
        pr.path("head").path("sha").asText(), pr.path("base").path("ref").asText(),
        pr.path("base").path("sha").asText(), List.copyOf(labels), fromFork(pr),
        !isPrivate.isBoolean() || isPrivate.asBoolean());
  }

  private static boolean fromFork(JsonNode pr) {
    JsonNode head = pr.path("head");
    if (!head.has("repo")) return false;
    String base = pr.path("base").path("repo").path("full_name").asText("");
    return head.get("repo").isNull() || !head.get("repo").path("full_name").asText("").equals(base);
  }
}
