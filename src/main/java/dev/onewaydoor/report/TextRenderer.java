package dev.onewaydoor.report;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.analysis.Report;
import dev.onewaydoor.check.Enriched;

/**
 * Text for a person at a terminal: {@code file:line}, rule and category, what is wrong, and
 * what to do instead, wrapped to 100 columns; the code that uses the name and the plan when
 * there are some; then one summary line and what the code scan could not read.
 */
public final class TextRenderer implements Renderer {
  private static final int WIDTH = 100;

  @Override
  public String render(Enriched enriched) {
    Report report = enriched.report();
    StringBuilder sb = new StringBuilder();
    for (Finding f : report.findings()) {
      sb.append(f.file()).append(':').append(f.line()).append("  ").append(f.rule()).append("  [")
          .append(f.blocking() ? "blocking" : f.severity().id()).append(" · ").append(f.category().title())
          .append("]\n");
      wrap(sb, f.message(), "    ");
      wrap(sb, "Instead: " + f.help(), "    ");
      TextDetails.append(sb, f, enriched);
      sb.append('\n');
    }
    for (String note : report.notes()) wrap(sb, "Note: " + note, "");
    sb.append(Summary.line(report)).append('\n');
    TextDetails.scanNotes(sb, enriched);
    return sb.toString();
  }

  static void wrap(StringBuilder sb, String text, String indent) {
    int col = 0;
    sb.append(indent);
    col += indent.length();
    for (String word : text.split(" ")) {
      if (col > indent.length() && col + 1 + word.length() > WIDTH) {
        sb.append('\n').append(indent);
        col = indent.length();
      } else if (col > indent.length()) {
        sb.append(' ');
        col++;
      }
      sb.append(word);
      col += word.length();
    }
    sb.append('\n');
  }
}
