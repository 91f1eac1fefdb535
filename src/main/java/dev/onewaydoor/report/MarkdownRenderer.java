package dev.onewaydoor.report;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.analysis.Report;
import dev.onewaydoor.check.Enriched;
import java.util.ArrayList;
import java.util.List;

/**
 * Markdown for pull request summaries and CI step summaries: the verdict, then each finding
 * with its location, why it is a one-way door, the expand–contract alternative, the code that
 * uses the name and the plan (collapsed).
 */
public final class MarkdownRenderer implements Renderer {
  @Override
  public String render(Enriched report) {
    return "## OneWayDoor\n\n" + body(report);
  }

  /** The verdict line and the findings with their details, without a heading. */
  static String body(Enriched enriched) {
    Report report = enriched.report();
    StringBuilder sb = new StringBuilder();
    Summary.markdown(report, sb);
    List<FindingSection> sections = new ArrayList<>(CheckRunRenderer.SECTIONS);
    sections.add(MarkdownDetails.references(enriched, false));
    sections.add(MarkdownDetails.plan(enriched, true));
    for (Finding f : report.findings()) {
      for (FindingSection s : sections) s.append(f, sb);
    }
    MarkdownDetails.scanNotes(sb, enriched, true);
    return sb.toString().stripTrailing() + "\n";
  }

  /** At most {@code max} lines of a statement, so a huge one does not flood the page. */
  static String firstLines(String text, int max) {
    String[] lines = text.replace("\r\n", "\n").split("\n", -1);
    if (lines.length <= max) return text.replace("\r\n", "\n").replace("```", "` ` `");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < max; i++) sb.append(lines[i]).append('\n');
    return sb.append("-- … ").append(lines.length - max).append(" more lines").toString().replace("```", "` ` `");
  }
}
