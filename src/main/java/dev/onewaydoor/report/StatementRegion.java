package dev.onewaydoor.report;

import dev.onewaydoor.analysis.Finding;

/**
 * Where a finding's statement ends, from where it starts and its text: the region a fix or a
 * suggested change replaces. Lines and columns are 1-based; the end column is the one after
 * the statement's last character.
 */
public record StatementRegion(int startLine, int startColumn, int endLine, int endColumn) {

  /**
   * The text that replaces the statement: {@code sql} without its last semicolon when the
   * statement's own text stops before its semicolon (which stays in the file).
   */
  public static String replacement(Finding f, String sql) {
    String text = sql.stripTrailing();
    return !f.statement().strip().endsWith(";") && text.endsWith(";") ? text.substring(0, text.length() - 1) : text;
  }

  /**
   * True when rewriting the finding's own statement can carry its plan's first phase: not for
   * a finding without a statement, nor for one caused by several statements (a rename here, a
   * drop there), which rewriting one of them does not fix.
   */
  public static boolean replaceable(Finding f) {
    if (f.statement().isEmpty()) return false;
    return f.causes().stream().allMatch(c -> c.file().equals(f.file()) && c.line() == f.line());
  }

  public static StatementRegion of(Finding f) {
    String text = f.statement().replace("\r\n", "\n");
    int line = Math.max(1, f.line());
    int column = Math.max(1, f.column());
    int newlines = 0;
    int lastStart = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        newlines++;
        lastStart = i + 1;
      }
    }
    int lastLength = text.length() - lastStart;
    return new StatementRegion(line, column, line + newlines, newlines == 0 ? column + lastLength : lastLength + 1);
  }
}
