package dev.onewaydoor.analysis;

/**
 * A rule: its metadata in one place ({@link RuleInfo}) and one hook, given by the kind of rule
 * it extends: {@link ChangeRule} looks at statements, {@link ReleaseRule} at what a release
 * does as a whole, {@link MigrationRule} at migration files and their history, {@link CodeRule}
 * at the application's code after the analysis. Rules only report; suppression, severity
 * overrides and ordering happen once, in the {@link Engine}.
 */
public abstract sealed class Rule permits ChangeRule, ReleaseRule, MigrationRule, CodeRule {
  private final RuleInfo info;

  Rule(RuleInfo info) {
    this.info = info;
  }

  public final RuleInfo info() {
    return info;
  }

  public final String id() {
    return info.id();
  }
}
