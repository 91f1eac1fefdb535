package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.MigrationContext;
import dev.onewaydoor.analysis.MigrationContext.Status;
import dev.onewaydoor.analysis.MigrationRule;
import dev.onewaydoor.analysis.RuleInfo;
import dev.onewaydoor.analysis.Severity;
import dev.onewaydoor.analysis.Source;

/** {@code delete-applied-migration}: a migration that databases already ran disappears. */
public final class DeleteAppliedMigration extends MigrationRule {
  public DeleteAppliedMigration() {
    super(new RuleInfo("delete-applied-migration", Category.HISTORY_INTEGRITY, Severity.ERROR, true,
        "A migration that exists on the base branch is deleted",
        "Restore the file; undo its effect with a new migration instead."));
  }

  @Override
  public void onMigration(MigrationContext ctx) {
    if (ctx.status() != Status.REMOVED || ctx.unit().migration().repeatable()) return;
    ctx.report(Source.file(ctx.unit().migration().file()), ctx.unit().migration().file()
        + " is deleted, but databases have already run it. Their history no longer matches the "
        + "code (tools fail validation), and new databases are built without it.");
  }
}
