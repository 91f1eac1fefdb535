package dev.onewaydoor.analysis;

/**
 * One reported problem: which rule, how serious, where, what is wrong ({@code message}) and
 * what to do instead ({@code help}). {@code statement} is the offending SQL, or empty for
 * findings about a whole file.
 */
public record Finding(String rule, Category category, Severity severity, boolean blocking, String file,
    int line, int column, String message, String help, String statement) {

  /** A copy with severity and blocking replaced, for configured overrides. */
  public Finding with(Severity newSeverity, boolean newBlocking) {
    return new Finding(rule, category, newSeverity, newBlocking, file, line, column, message, help, statement);
  }
}
