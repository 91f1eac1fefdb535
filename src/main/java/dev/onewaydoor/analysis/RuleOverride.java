package dev.onewaydoor.analysis;

/**
 * A configured change to a rule's defaults: switched off, or another severity or blocking
 * flag. Null fields keep the rule's default.
 */
public record RuleOverride(boolean enabled, Severity severity, Boolean blocking) {
  public static final RuleOverride OFF = new RuleOverride(false, null, null);

  /** Applies the override to a finding. */
  public Finding apply(Finding f) {
    return f.with(severity == null ? f.severity() : severity, blocking == null ? f.blocking() : blocking);
  }
}
