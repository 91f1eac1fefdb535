package dev.onewaydoor.analysis;

/** What every rule context offers: the dialect of the history being judged, and reporting. */
public abstract class RuleContext {
  private final Rule rule;
  private final Reporter reporter;
  private final String dialect;

  RuleContext(Rule rule, Reporter reporter, String dialect) {
    this.rule = rule;
    this.reporter = reporter;
    this.dialect = dialect;
  }

  /** The dialect id of the history ({@link Dialects}). */
  public String dialect() {
    return dialect;
  }

  /** Reports a finding with the rule's default help and blocking flag. */
  public void report(Source at, String message) {
    reporter.report(rule, at, message, Details.NONE);
  }

  public void report(Source at, String message, Details details) {
    reporter.report(rule, at, message, details);
  }
}
