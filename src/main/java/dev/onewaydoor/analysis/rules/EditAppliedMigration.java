package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.MigrationContext;
import dev.onewaydoor.analysis.MigrationContext.Status;
import dev.onewaydoor.analysis.MigrationRule;
import dev.onewaydoor.analysis.RuleInfo;
import dev.onewaydoor.analysis.Severity;
import dev.onewaydoor.analysis.Source;

/** {@code edit-applied-migration}: a migration that databases already ran is changed. */
public final class EditAppliedMigration extends MigrationRule {
  public EditAppliedMigration() {
    super(new RuleInfo("edit-applied-migration", Category.HISTORY_INTEGRITY, Severity.ERROR, true,
        "A migration that already exists on the base branch is edited",
        "Revert the edit and put the change in a new migration."));
  }

  @Override
  public void onMigration(MigrationContext ctx) {
    if (ctx.status() != Status.MODIFIED || ctx.unit().migration().repeatable()) return;
    ctx.report(Source.file(ctx.unit().migration().file()), ctx.unit().migration().file()
        + " already exists on the base branch, so databases have run it. They will not run the edited "
        + "version (Flyway and Liquibase refuse to start on a checksum mismatch); only new databases "
        + "get the edit, and environments drift apart.");
  }
}
