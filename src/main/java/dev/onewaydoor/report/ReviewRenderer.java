package dev.onewaydoor.report;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.analysis.Report;
import java.util.List;

/**
 * The text of the App's pull request review: an inline comment per finding on a line of the
 * diff (a list of {@link FindingSection}s), and a body that counts the findings and lists
 * those that are on no line of the diff. Pure.
 */
public final class ReviewRenderer {
  public static final List<FindingSection> COMMENT_SECTIONS = List.of(FindingSection.HEADLINE, FindingSection.PROBLEM,
      FindingSection.INSTEAD);

  private final List<FindingSection> sections;

  public ReviewRenderer() {
    this(COMMENT_SECTIONS);
  }

  public ReviewRenderer(List<FindingSection> sections) {
    this.sections = List.copyOf(sections);
  }

  public String comment(Finding f) {
    StringBuilder sb = new StringBuilder();
    for (FindingSection s : sections) s.append(f, sb);
    return sb.toString().stripTrailing();
  }

  /** The comment with a suggested change: phase 1 of the finding's plan in place of its statement. */
  public String comment(Finding f, Suggestion suggestion) {
    return comment(f) + "\n\n**Suggested change:** phase 1 of the expand–contract plan in place of this statement "
        + "(the whole plan, with what comes later, is in the OneWayDoor check).\n\n" + suggestion.markdown().stripTrailing();
  }

  /** The review body; {@code outside} are the findings on no line of the diff. */
  public String body(Report report, List<Finding> outside) {
    StringBuilder sb = new StringBuilder("**OneWayDoor:** ").append(Summary.plural(report.findings().size(), "finding"))
        .append(" (").append(report.blockingCount()).append(" blocking). See the OneWayDoor check for the full report.");
    if (!outside.isEmpty()) {
      sb.append("\n\nNot on a line of this diff:\n");
      for (Finding f : outside) sb.append('\n').append(PrComments.item(f));
    }
    return sb.toString();
  }
}
