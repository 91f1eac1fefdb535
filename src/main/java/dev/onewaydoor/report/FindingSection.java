package dev.onewaydoor.report;

import dev.onewaydoor.analysis.Finding;

/**
 * One part of how a finding is shown on GitHub (its heading, location, statement, problem,
 * remedy…). Check-run summaries and review comments are lists of sections, so a new kind of
 * information (code references, an expand–contract plan) is one more section.
 */
@FunctionalInterface
public interface FindingSection {
  /** Appends this section for {@code f}, ending with a blank line; appends nothing when it has nothing to say. */
  void append(Finding f, StringBuilder out);

  /** {@code ### ⛔ `rule` · category} */
  FindingSection HEADING = (f, out) -> out.append("### ").append(icon(f)).append('`').append(f.rule()).append("` · ")
      .append(f.category().title()).append("\n\n");

  /** {@code ⛔ **`rule`** · category}, for a comment that already sits on the line. */
  FindingSection HEADLINE = (f, out) -> out.append(icon(f)).append("**`").append(f.rule()).append("`** · ")
      .append(f.category().title()).append("\n\n");

  /** {@code `file:line`} */
  FindingSection LOCATION = (f, out) -> out.append('`').append(f.file()).append(':').append(f.line()).append("`\n\n");

  /** The offending statement, at most eight lines of it. */
  FindingSection STATEMENT = (f, out) -> {
    if (!f.statement().isEmpty()) {
      out.append("```sql\n").append(MarkdownRenderer.firstLines(f.statement(), 8)).append("\n```\n\n");
    }
  };

  /** Why it is a one-way door. */
  FindingSection PROBLEM = (f, out) -> out.append(f.message()).append("\n\n");

  /** What to do instead. */
  FindingSection INSTEAD = (f, out) -> out.append("**Instead:** ").append(f.help()).append("\n\n");

  private static String icon(Finding f) {
    return f.blocking() ? "⛔ " : "⚠️ ";
  }
}
