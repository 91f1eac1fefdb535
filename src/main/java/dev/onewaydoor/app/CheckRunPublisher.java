package dev.onewaydoor.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.analysis.Report;
import dev.onewaydoor.analysis.Severity;
import dev.onewaydoor.github.GitHubException;
import dev.onewaydoor.github.RepoApi;
import dev.onewaydoor.report.MarkdownRenderer;
import java.time.Clock;
import java.util.List;

/**
 * The "OneWayDoor" check run: created in progress, completed with a title, a markdown
 * summary, annotations on the exact lines (50 per request, the rest in updates, which
 * append) and an "Acknowledge" button while blocking findings are not acknowledged.
 */
final class CheckRunPublisher {
  static final String NAME = "OneWayDoor";
  static final int MAX_TEXT = 65_535;
  private static final int ANNOTATIONS_PER_REQUEST = 50;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Clock clock;
  private final String detailsUrl;

  CheckRunPublisher(Clock clock, String publicUrl) {
    this.clock = clock;
    this.detailsUrl = publicUrl == null ? null : publicUrl.replaceAll("/+$", "") + "/";
  }

  long start(RepoApi api, String headSha) throws GitHubException {
    ObjectNode body = MAPPER.createObjectNode().put("name", NAME).put("head_sha", headSha)
        .put("status", "in_progress").put("started_at", clock.instant().toString());
    if (detailsUrl != null) body.put("details_url", detailsUrl);
    return api.createCheckRun(body);
  }

  /** Creates an already completed run: for outcomes known before any analysis (no migrations). */
  void completeNew(RepoApi api, String headSha, String conclusion, String title, String summary) throws GitHubException {
    ObjectNode body = MAPPER.createObjectNode().put("name", NAME).put("head_sha", headSha)
        .put("status", "completed").put("conclusion", conclusion).put("completed_at", clock.instant().toString());
    if (detailsUrl != null) body.put("details_url", detailsUrl);
    body.set("output", output(title, summary));
    api.createCheckRun(body);
  }

  void complete(RepoApi api, long id, String conclusion, String title, String summary) throws GitHubException {
    ObjectNode body = MAPPER.createObjectNode().put("status", "completed").put("conclusion", conclusion)
        .put("completed_at", clock.instant().toString());
    body.set("output", output(title, summary));
    api.updateCheckRun(id, body);
  }

  /**
   * Completes the run with the report: verdict, summary, annotations, and the button when it
   * may help. Only findings in files that exist at the head are annotated (a deleted
   * migration has no lines to point at); every finding is in the summary.
   */
  void completeWithReport(RepoApi api, long id, Report report, Verdict verdict, String label,
      java.util.Set<String> headFiles, String verification) throws GitHubException {
    String summary = verdict.summaryLine() + "\n\n" + MarkdownRenderer.body(report)
        + (verification.isEmpty() ? "" : "\n\n" + verification);
    List<Finding> findings = report.findings().stream().filter(f -> headFiles.contains(f.file()))
        .collect(java.util.stream.Collectors.toList());
    int sent = 0;
    do {
      ObjectNode out = output(verdict.title(), summary);
      ArrayNode annotations = out.putArray("annotations");
      for (int i = sent; i < Math.min(findings.size(), sent + ANNOTATIONS_PER_REQUEST); i++) {
        annotations.add(annotation(findings.get(i)));
      }
      ObjectNode body = MAPPER.createObjectNode();
      if (sent == 0) {
        body.put("status", "completed").put("conclusion", verdict.conclusion()).put("completed_at", clock.instant().toString());
        if (verdict.offerAcknowledge()) {
          body.putArray("actions").addObject().put("label", "Acknowledge").put("identifier", "acknowledge")
              .put("description", clip("Add the label " + label, 40));
        }
      }
      body.set("output", out);
      api.updateCheckRun(id, body);
      sent += ANNOTATIONS_PER_REQUEST;
    } while (sent < findings.size());
  }

  private ObjectNode output(String title, String summary) {
    return MAPPER.createObjectNode().put("title", clip(title, 1000)).put("summary", clip(summary, MAX_TEXT));
  }

  private static ObjectNode annotation(Finding f) {
    ObjectNode a = MAPPER.createObjectNode().put("path", f.file()).put("start_line", Math.max(1, f.line()))
        .put("end_line", Math.max(1, f.line()))
        .put("annotation_level", f.blocking() ? "failure" : f.severity() == Severity.INFO ? "notice" : "warning")
        .put("title", f.rule() + (f.blocking() ? " (blocking)" : ""))
        .put("message", clip(f.message() + "\n\nInstead: " + f.help(), 64_000));
    if (!f.statement().isEmpty()) a.put("raw_details", clip(f.statement(), 64_000));
    return a;
  }

  static String clip(String s, int max) {
    if (s.length() <= max) return s;
    String marker = "\n… (truncated)";
    return s.substring(0, max - marker.length()) + marker;
  }
}
