package dev.onewaydoor.app;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.analysis.Report;
import dev.onewaydoor.analysis.Severity;
import dev.onewaydoor.check.Enriched;
import dev.onewaydoor.github.Annotation;
import dev.onewaydoor.github.CheckRunOutput;
import dev.onewaydoor.github.CheckRunUpdate;
import dev.onewaydoor.report.CheckRunRenderer;
import dev.onewaydoor.report.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A report as check-run requests: the first carries the verdict, the rendered summary (each
 * finding's code references and plan collapsed under it; what does not fit GitHub's size limit
 * follows in the output's text) and up
 * to 50 annotations; further annotations follow in batches of 50 (GitHub appends them). Only
 * findings in files that exist at the head are annotated; every finding is in the summary.
 *
 * @param actions the buttons to show (empty removes them), or null to leave them as they are
 * @param detailsUrl the report page the check links to, or null for the default link
 */
record CheckRunContent(CheckRunOutput first, List<CheckRunOutput> more, List<CheckRunUpdate.Action> actions,
    String detailsUrl) {
  private static final CheckRunRenderer RENDERER = new CheckRunRenderer();

  static CheckRunContent of(Enriched review, Verdict verdict, String label, Set<String> headFiles, List<String> notes,
      String pageUrl) {
    Report report = review.report();
    String title = clip(verdict.title(), 1000);
    CheckRunRenderer.Output out = RENDERER.output(verdict, review, notes, pageUrl, CheckRunOutput.MAX_SUMMARY);
    String summary = clip(out.summary(), CheckRunOutput.MAX_SUMMARY);
    String text = out.text().isEmpty() ? null : clip(out.text(), CheckRunOutput.MAX_SUMMARY);
    List<Annotation> all = new ArrayList<>();
    for (Finding f : report.findings()) if (headFiles.contains(f.file())) all.add(annotation(f));
    List<CheckRunOutput> batches = new ArrayList<>();
    for (int i = 0; i < Math.max(1, all.size()); i += CheckRunOutput.MAX_ANNOTATIONS) {
      batches.add(new CheckRunOutput(title, summary, text,
          all.subList(i, Math.min(all.size(), i + CheckRunOutput.MAX_ANNOTATIONS))));
    }
    List<CheckRunUpdate.Action> actions = verdict.offerAcknowledge()
        ? List.of(new CheckRunUpdate.Action("Acknowledge", clip("Add the label " + label, 40), "acknowledge"))
        : List.of();
    return new CheckRunContent(batches.get(0), batches.subList(1, batches.size()), actions, pageUrl);
  }

  private static Annotation annotation(Finding f) {
    Annotation.Level level = f.blocking() ? Annotation.Level.FAILURE
        : f.severity() == Severity.INFO ? Annotation.Level.NOTICE : Annotation.Level.WARNING;
    int line = Math.max(1, f.line());
    return new Annotation(f.file(), line, line, level, CheckRunRenderer.annotationTitle(f),
        clip(CheckRunRenderer.annotationMessage(f), 64_000), clip(f.statement(), 64_000));
  }

  static String clip(String s, int max) {
    if (s.length() <= max) return s;
    String marker = "\n… (truncated)";
    return s.substring(0, max - marker.length()) + marker;
  }
}
