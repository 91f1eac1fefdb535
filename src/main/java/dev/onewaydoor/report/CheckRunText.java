package dev.onewaydoor.report;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.check.Enriched;
import dev.onewaydoor.check.FindingDetails;

/**
 * The text below a check run's summary, for details the summary had no room for: finding by
 * finding, the plan (and the code references too when they were left out of the summary),
 * as many findings as fit; the rest are counted and pointed to, never silently cut.
 */
final class CheckRunText {
  /** Room kept for the closing line about what did not fit. */
  private static final int RESERVE = 400;

  private CheckRunText() {}

  static String details(Enriched e, boolean withReferences, String pageUrl, int max) {
    StringBuilder sb = new StringBuilder();
    int left = 0;
    for (Finding f : e.report().findings()) {
      FindingDetails d = e.details(f);
      if (d.plan() == null && !(withReferences && d.searched())) continue;
      StringBuilder one = new StringBuilder("### ").append(f.blocking() ? "⛔ " : "⚠️ ").append('`').append(f.rule())
          .append("` · `").append(f.file()).append(':').append(f.line()).append("`\n\n");
      if (withReferences) MarkdownDetails.references(e, true).append(f, one);
      MarkdownDetails.plan(e, true).append(f, one);
      if (left > 0 || sb.length() + one.length() > max - RESERVE) {
        left++;
        continue;
      }
      sb.append(one);
    }
    if (left > 0) {
      sb.append("The details of ").append(Summary.plural(left, "more finding")).append(" do not fit here: ")
          .append(pageUrl != null ? "the full report has them (" + pageUrl + ")."
              : "`onewaydoor check --format markdown` prints them all.").append('\n');
    }
    return sb.toString().stripTrailing();
  }
}
