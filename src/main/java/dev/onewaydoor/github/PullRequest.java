package dev.onewaydoor.github;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The fields of a pull request the workflow needs. */
public record PullRequest(int number, String state, String headSha, String baseRef, String baseSha,
    List<String> labels) {

  public static PullRequest from(JsonNode pr) {
    List<String> labels = new ArrayList<>();
    for (JsonNode l : pr.path("labels")) labels.add(l.path("name").asText());
    return new PullRequest(pr.path("number").asInt(), pr.path("state").asText("open"),
        pr.path("head").path("sha").asText(), pr.path("base").path("ref").asText(),
        pr.path("base").path("sha").asText(), List.copyOf(labels));
  }
}
