package dev.onewaydoor.report;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.analysis.Report;
import dev.onewaydoor.check.Enriched;
import java.util.ArrayList;
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

  /** How much of the findings' details a summary holds: all of it, then less until it fits. */
  private enum Detail { ALL, REFERENCES, NONE }

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
    return render(verdict, report, notes, sections);
  }

  /** A check run's markdown: the summary, and the text GitHub shows below it (empty for none). */
  public record Output(String summary, String text) {}

  /**
   * The summary with each finding's code references and plan collapsed under it. Over
   * {@code max} characters, plans move to the text below the summary, then references too,
   * each time saying so; the text holds as many findings' details as fit {@code max}, and
   * {@code pageUrl} (the report page, null when there is none) has them all.
   */
  public Output output(Verdict verdict, Enriched e, List<String> notes, String pageUrl, int max) {
    String summary = "";
    for (Detail level : Detail.values()) {
      List<String> all = new ArrayList<>(notes);
      if (pageUrl != null) all.add("Full report with the code references and plans: " + pageUrl);
      all.addAll(unscanned(e));
      if (level != Detail.ALL && hasDetails(e)) all.add(movedBelow(level));
      List<FindingSection> s = new ArrayList<>(sections);
      if (level != Detail.NONE) s.add(MarkdownDetails.references(e, true));
      if (level == Detail.ALL) s.add(MarkdownDetails.plan(e, true));
      summary = render(verdict, e.report(), all, s);
      if (level != Detail.NONE) {
        StringBuilder scanned = new StringBuilder(summary).append('\n');
        MarkdownDetails.scanNotes(scanned, e, true);
        summary = scanned.toString().stripTrailing() + "\n";
      }
      if (summary.length() <= max || level == Detail.NONE) {
        return new Output(summary, level == Detail.ALL ? "" : CheckRunText.details(e, level == Detail.NONE, pageUrl, max));
      }
    }
    return new Output(summary, "");
  }

  /** Said openly: code that should have been searched and was not ("not scanned: … larger than 256 MB"). */
  private static List<String> unscanned(Enriched e) {
    List<String> out = new ArrayList<>();
    if (e.report().findings().stream().noneMatch(f -> e.details(f).searched())) return out;
    if (!e.baseCode().performed()) out.add("Code at the base " + e.baseCode().notes().get(0) + ".");
    if (!e.headCode().performed()) out.add("Code at the head " + e.headCode().notes().get(0) + ".");
    return out;
  }

  private static boolean hasDetails(Enriched e) {
    return e.report().findings().stream().anyMatch(f -> e.details(f).searched() || e.details(f).plan() != null);
  }

  private static String movedBelow(Detail level) {
    return (level == Detail.REFERENCES ? "The expand–contract plans" : "The code references and plans")
        + " follow below this summary, which GitHub limits in size.";
  }

  private static String render(Verdict verdict, Report report, List<String> notes, List<FindingSection> sections) {
    StringBuilder sb = new StringBuilder(verdict.summaryLine()).append("\n\n");
    for (String note : notes) sb.append(note).append("\n\n");
    Summary.markdown(report, sb);
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
