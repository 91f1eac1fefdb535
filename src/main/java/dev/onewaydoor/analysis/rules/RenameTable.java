package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.Details;
import dev.onewaydoor.analysis.NetChange;
import dev.onewaydoor.analysis.ReleaseContext;
import dev.onewaydoor.analysis.ReleaseRule;
import dev.onewaydoor.analysis.RuleInfo;
import dev.onewaydoor.analysis.Severity;

/** {@code rename-table}: after the release, the previous release's name for a table is gone. */
public final class RenameTable extends ReleaseRule {
  public RenameTable() {
    super(new RuleInfo("rename-table", Category.BREAKS_PREVIOUS_VERSION, Severity.ERROR, true,
        "Renaming a table breaks every query of the version that still uses the old name",
        "Create the new table (or a view with the new name), write to both, backfill, move reads, "
            + "and drop the old name in a later release."));
  }

  @Override
  public void onRelease(ReleaseContext ctx) {
    for (NetChange c : ctx.net().of(NetChange.Kind.TABLE_RENAMED)) {
      String from = Names.q(c.table());
      String to = Names.q(c.newName());
      ctx.report(c.at(), "Renames table " + from + " to " + to + Names.trail(c.causes(), "renamed again") + ". The version "
          + "running now still queries " + from + " and fails the moment this migration runs; rolling back the code "
          + "cannot help, because the old name no longer exists.",
          Details.of(ctx.subject(c)).causes(c.causes()).help("Create " + to + " (or a view named " + to
              + " over the old table), write to both, backfill, move reads, and drop " + from + " in a later release."));
    }
  }
}
