package dev.onewaydoor.report;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.analysis.Report;
import java.util.List;

/**
 * The text of the OneWayDoor check run: the verdict, notes on what could not be reviewed,
 * the report's one-line summary, then every finding as a list of {@link FindingSection}s;
 * and each annotation's title and message. Pure: same input, same text.
 */
public final class CheckRunRenderer {
  /** The sections of each finding in the summary, in order. */
  public static final List<FindingSection> SECTIONS = List.of(FindingSection.HEADING, FindingSection.LOCATION,
      FindingSection.STATEMENT, FindingSection.PROBLEM, FindingSection.INSTEAD);

  private final List<FindingSection> sections;

  public CheckRunRenderer() {
    this(SECTIONS);
  }

  public CheckRunRenderer(List<FindingSection> sections) {
    this.sections = List.copyOf(sections);
  }

  /**
   * The markdown summary; {@code notes} (one paragraph each) follow the verdict line, then the
   * analysis's own notes (a history without downs, a dialect assumed) as quotes.
   */
  public String summary(Verdict verdict, Report report, List<String> notes) {
    StringBuilder sb = new StringBuilder(verdict.summaryLine()).append("\n\n");
    for (String note : notes) sb.append(note).append("\n\n");
    sb.append(report.hasBlocking() ? "**" + Summary.line(report) + "**" : Summary.line(report)).append("\n\n");
    for (String note : report.notes()) sb.append("> ").append(note).append("\n\n");
    for (Finding f : report.findings()) {
      for (FindingSection s : sections) s.append(f, sb);
    }
    return sb.toString().stripTrailing() + "\n";
  }

  public static String annotationTitle(Finding f) {
    return f.rule() + (f.blocking() ? " (blocking)" : "");
  }

  public static String annotationMessage(Finding f) {
    return f.message() + "\n\nInstead: " + f.help();
  }
}
