package dev.onewaydoor.analysis;

/**
 * A rule: metadata in one place ({@link RuleInfo}), and one or both hooks. Rules only report;
 * suppression, severity overrides and ordering happen once, in the {@link Engine}.
 */
public abstract class Rule {
  private final RuleInfo info;

  protected Rule(RuleInfo info) {
    this.info = info;
  }

  public final RuleInfo info() {
    return info;
  }

  public final String id() {
    return info.id();
  }

  /** Called for each change of each new migration, with the schema as it was just before it. */
  public void onChange(SchemaChange change, ChangeContext ctx) {}

  /** Called once for each new, edited or deleted migration. */
  public void onMigration(MigrationContext ctx) {}
}
