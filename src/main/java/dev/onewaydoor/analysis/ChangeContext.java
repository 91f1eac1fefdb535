package dev.onewaydoor.analysis;

import java.util.Set;

/** What a rule may know while looking at one change. */
public final class ChangeContext {
  private final Rule rule;
  private final Reporter reporter;
  private final SchemaModel schema;
  private final Set<String> createdInChange;
  private Migration migration;

  /** One context per rule for a whole analysis: the engine moves it from migration to migration. */
  ChangeContext(Rule rule, Reporter reporter, SchemaModel schema, Set<String> createdInChange) {
    this.rule = rule;
    this.reporter = reporter;
    this.schema = schema;
    this.createdInChange = createdInChange;
  }

  void enter(Migration m) {
    this.migration = m;
  }

  /** The schema before this change. */
  public SchemaModel schema() {
    return schema;
  }

  /**
   * True when {@code table} was created earlier in this change (with a base) or in this
   * migration (without one), so no released code uses it yet.
   */
  public boolean isNewTable(String table) {
    return createdInChange.contains(table);
  }

  public Migration migration() {
    return migration;
  }

  /** Reports a finding with the rule's default blocking flag and help. */
  public void report(Source at, String message) {
    reporter.report(rule, at, message, null, rule.info().blocking());
  }

  /** Reports a finding with help written for this case, e.g. naming the columns involved. */
  public void reportWithHelp(Source at, String message, String help) {
    reporter.report(rule, at, message, help, rule.info().blocking());
  }

  /** Reports a finding that blocks or not regardless of the rule's default. */
  public void report(Source at, String message, boolean blocking) {
    reporter.report(rule, at, message, null, blocking);
  }
}
