package dev.onewaydoor.report;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.plan.Plan;
import java.util.Optional;

/**
 * A GitHub suggested change that replaces exactly the lines of a finding's statement: text
 * before the statement on its first line and after it on its last line (its semicolon, a
 * comment, another statement) is kept, so accepting the suggestion changes nothing else.
 *
 * @param startLine first line replaced (1-based)
 * @param endLine last line replaced
 * @param lines the replacement lines, joined by {@code \n}
 */
public record Suggestion(int startLine, int endLine, String lines) {

  /**
   * The suggestion replacing {@code f}'s statement in {@code fileText} (the file at the head)
   * with {@code sql}, or empty when the file does not hold the statement where the finding
   * says (then no suggestion is better than a wrong one).
   */
  /**
   * Phase 1 of {@code plan} in place of {@code f}'s statement, or empty when the plan has no SQL,
   * the finding is caused by more than its own statement, or the file does not hold it.
   */
  public static Optional<Suggestion> of(Finding f, Plan plan, String fileText) {
    if (plan == null || !plan.available() || !StatementRegion.replaceable(f)) return Optional.empty();
    return of(f, fileText, plan.suggestion());
  }

  /** As above, with the SQL given. */
  public static Optional<Suggestion> of(Finding f, String fileText, String sql) {
    if (f.statement().isEmpty() || fileText == null) return Optional.empty();
    StatementRegion r = StatementRegion.of(f);
    String[] lines = fileText.replace("\r\n", "\n").split("\n", -1);
    if (r.endLine() > lines.length) return Optional.empty();
    String first = lines[r.startLine() - 1];
    String last = lines[r.endLine() - 1];
    if (r.startColumn() - 1 > first.length() || r.endColumn() - 1 > last.length()) return Optional.empty();
    StringBuilder held = new StringBuilder();
    for (int i = r.startLine() - 1; i < r.endLine(); i++) {
      String line = lines[i];
      int from = i == r.startLine() - 1 ? r.startColumn() - 1 : 0;
      int to = i == r.endLine() - 1 ? r.endColumn() - 1 : line.length();
      held.append(line, from, to);
      if (i < r.endLine() - 1) held.append('\n');
    }
    if (!held.toString().equals(f.statement().replace("\r\n", "\n"))) return Optional.empty();
    String replacement = StatementRegion.replacement(f, sql);
    String suffix = last.substring(r.endColumn() - 1);
    // A replacement ending in a line comment would swallow what follows it on the line.
    String lastLine = replacement.substring(replacement.lastIndexOf('\n') + 1).strip();
    boolean breakLine = lastLine.startsWith("--") && !suffix.strip().isEmpty() && !suffix.strip().equals(";");
    String body = first.substring(0, r.startColumn() - 1) + replacement + (breakLine ? "\n" : "") + suffix;
    return Optional.of(new Suggestion(r.startLine(), r.endLine(), body));
  }

  /** The markdown block GitHub turns into a one-click change, fenced so the SQL cannot close it. */
  public String markdown() {
    String fence = "```";
    while (lines.contains(fence)) fence += "`";
    return fence + "suggestion\n" + lines + "\n" + fence + "\n";
  }
}
