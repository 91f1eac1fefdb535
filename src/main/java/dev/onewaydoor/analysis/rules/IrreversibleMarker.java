package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.MigrationContext;
import dev.onewaydoor.analysis.MigrationContext.Status;
import dev.onewaydoor.analysis.MigrationRule;
import dev.onewaydoor.analysis.RuleInfo;
import dev.onewaydoor.analysis.Severity;
import dev.onewaydoor.analysis.Source;
import dev.onewaydoor.analysis.MigrationUnit;

/** {@code irreversible-marker}: the down migration explicitly refuses to run. */
public final class IrreversibleMarker extends MigrationRule {
  public IrreversibleMarker() {
    super(new RuleInfo("irreversible-marker", Category.ROLLBACK_PATH, Severity.ERROR, true,
        "The down migration declares the change irreversible",
        "Make the change reversible with expand–contract, or acknowledge explicitly that rollback is not possible."));
  }

  @Override
  public void onMigration(MigrationContext ctx) {
    MigrationUnit u = ctx.unit();
    if (ctx.status() != Status.ADDED || !u.hasDown() || !u.down().refusesToRun()) return;
    ctx.report(Source.file(u.downFile()), "The down migration of " + u.migration().file()
        + " declares itself irreversible: rolling this release back means restoring from a backup.");
  }
}
