package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.ChangeContext;
import dev.onewaydoor.analysis.Rule;
import dev.onewaydoor.analysis.RuleInfo;
import dev.onewaydoor.analysis.SchemaChange;
import dev.onewaydoor.analysis.Severity;

/** {@code rename-table}: the running version still queries the old name. */
public final class RenameTable extends Rule {
  public RenameTable() {
    super(new RuleInfo("rename-table", Category.BREAKS_PREVIOUS_VERSION, Severity.ERROR, true,
        "Renaming a table breaks every query of the version that still uses the old name",
        "Create the new table (or a view with the new name), write to both, backfill, move reads, "
            + "and drop the old name in a later release."),
        SchemaChange.RenameTable.class);
  }

  @Override
  public void onChange(SchemaChange change, ChangeContext ctx) {
    if (!(change instanceof SchemaChange.RenameTable r)) return;
    if (ctx.isNewTable(r.from())) return;
    ctx.reportWithHelp(r.source(), "Renames table " + Names.q(r.from()) + " to " + Names.q(r.to())
        + ". The version running now still queries " + Names.q(r.from()) + " and fails the moment this "
        + "migration runs; rolling back the code cannot help, because the old name no longer exists.",
        "Create " + Names.q(r.to()) + " (or a view named " + Names.q(r.to()) + " over the old table), write to "
            + "both, backfill, move reads, and drop " + Names.q(r.from()) + " in a later release.");
  }
}
