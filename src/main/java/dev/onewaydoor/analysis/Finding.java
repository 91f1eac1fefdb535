package dev.onewaydoor.analysis;

import java.util.List;

/**
 * One reported problem: which rule, how serious, where ({@code at}: file, line, column and the
 * offending statement, empty for findings about a whole file), what is wrong ({@code message})
 * and what to do instead ({@code help}).
 *
 * @param subject the schema object the finding is about, for code references and plans
 * @param causes the statements that cause it, {@code at} first; a net-effect finding may have
 *     several (the rename that moved a column aside and the drop that lost it)
 * @param verifiedOn the database it was observed on ("PostgreSQL 17.7"), or empty for a
 *     static finding from the replayed model
 */
public record Finding(String rule, Category category, Severity severity, boolean blocking, Source at,
    String message, String help, Subject subject, List<Source> causes, String verifiedOn) {

  public Finding {
    causes = List.copyOf(causes);
    verifiedOn = verifiedOn == null ? "" : verifiedOn;
    subject = subject == null ? Subject.NONE : subject;
  }

  public String file() {
    return at.file();
  }

  public int line() {
    return at.line();
  }

  public int column() {
    return at.column();
  }

  /** The offending statement's text, or empty for findings about a whole file. */
  public String statement() {
    return at.text();
  }

  public boolean verified() {
    return !verifiedOn.isEmpty();
  }

  /** A copy with severity and blocking replaced, for configured overrides. */
  public Finding with(Severity newSeverity, boolean newBlocking) {
    return new Finding(rule, category, newSeverity, newBlocking, at, message, help, subject, causes, verifiedOn);
  }
}
