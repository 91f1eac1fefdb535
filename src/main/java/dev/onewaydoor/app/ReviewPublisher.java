package dev.onewaydoor.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.report.Fingerprints;
import dev.onewaydoor.analysis.Report;
import dev.onewaydoor.github.GitHubException;
import dev.onewaydoor.github.RepoApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One review per head SHA with inline comments on the lines the diff shows; findings on
 * other lines go to the review body (GitHub rejects a whole review that comments outside the
 * diff). A hidden marker carries the findings' fingerprint, so re-analysing the same SHA, or
 * a push that changes nothing in the findings, posts nothing new.
 */
final class ReviewPublisher {
  private static final String MARKER = "<!-- onewaydoor:review ";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Returns true when a review was posted. */
  boolean publish(RepoApi api, int pr, String headSha, Report report, Map<String, DiffLines> diffs)
      throws GitHubException {
    if (report.findings().isEmpty()) return false;
    String fingerprint = Fingerprints.ofAll(report.findings());
    for (JsonNode review : api.reviews(pr)) {
      if (review.path("body").asText("").contains(MARKER + "fp=" + fingerprint)) return false;
    }
    ArrayNode comments = MAPPER.createArrayNode();
    List<Finding> outside = new ArrayList<>();
    for (Finding f : report.findings()) {
      DiffLines lines = diffs.get(f.file());
      if (lines != null && lines.contains(f.line())) {
        comments.addObject().put("path", f.file()).put("line", f.line()).put("side", "RIGHT").put("body", comment(f));
      } else {
        outside.add(f);
      }
    }
    ObjectNode body = MAPPER.createObjectNode().put("commit_id", headSha).put("event", "COMMENT")
        .put("body", CheckRunPublisher.clip(body(report, outside) + "\n\n" + MARKER + "fp=" + fingerprint + " -->", 65_000));
    body.set("comments", comments);
    api.createReview(pr, body);
    return true;
  }

  private static String comment(Finding f) {
    return (f.blocking() ? "⛔ " : "⚠️ ") + "**`" + f.rule() + "`** · " + f.category().title() + "\n\n" + f.message()
        + "\n\n**Instead:** " + f.help();
  }

  private static String body(Report report, List<Finding> outside) {
    StringBuilder sb = new StringBuilder("**OneWayDoor:** ").append(report.findings().size()).append(" finding")
        .append(report.findings().size() == 1 ? "" : "s").append(" (").append(report.blockingCount())
        .append(" blocking). See the OneWayDoor check for the full report.");
    if (!outside.isEmpty()) {
      sb.append("\n\nNot on a line of this diff:\n");
      for (Finding f : outside) {
        sb.append("\n- `").append(f.file()).append(':').append(f.line()).append("` **`").append(f.rule())
            .append("`** ").append(f.message());
      }
    }
    return sb.toString();
  }
}
