package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.Details;
import dev.onewaydoor.analysis.NetChange;
import dev.onewaydoor.analysis.ReleaseContext;
import dev.onewaydoor.analysis.ReleaseRule;
import dev.onewaydoor.analysis.RuleInfo;
import dev.onewaydoor.analysis.Severity;

/**
 * {@code rename-column}: the booking_ref incident — after the release, the column the previous
 * release reads lives under another name. A column added and renamed in the same release is not.
 */
public final class RenameColumn extends ReleaseRule {
  public RenameColumn() {
    super(new RuleInfo("rename-column", Category.BREAKS_PREVIOUS_VERSION, Severity.ERROR, true,
        "Renaming a column breaks the version that still uses the old name",
        "Expand–contract: add the new column, write to both, backfill, move reads to the new name, "
            + "and drop the old column in a later release once no running version uses it."));
  }

  @Override
  public void onRelease(ReleaseContext ctx) {
    for (NetChange c : ctx.net().of(NetChange.Kind.COLUMN_RENAMED)) {
      String from = Names.q(c.column());
      String to = Names.q(c.newName());
      ctx.report(c.at(), "Renames " + Names.col(c.table(), c.column()) + " to " + to
          + Names.trail(c.causes(), "renamed again") + ". The version running now (and any other service reading this "
          + "table) still selects " + from + ": its queries fail the moment this migration runs, and redeploying the "
          + "previous release does not help, because the old column no longer exists.",
          Details.of(ctx.subject(c)).causes(c.causes()).help("Expand–contract: add " + to + " next to " + from
              + ", write both, backfill " + to + ", move every reader to " + to + ", and drop " + from
              + " in a later release once nothing reads it."));
    }
  }
}
