package dev.onewaydoor.analysis;

/** A rule about migration files and the history they belong to: edits, deletions, order, markers. */
public abstract non-sealed class MigrationRule extends Rule {
  protected MigrationRule(RuleInfo info) {
    super(info);
  }

  /** Called once for each new, edited or deleted migration. */
  public abstract void onMigration(MigrationContext ctx);
}
