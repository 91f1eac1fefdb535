package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.ChangeContext;
import dev.onewaydoor.analysis.Rule;
import dev.onewaydoor.analysis.RuleInfo;
import dev.onewaydoor.analysis.SchemaChange;
import dev.onewaydoor.analysis.Severity;

/** {@code rename-column}: the booking_ref incident — old code reads a column that is gone. */
public final class RenameColumn extends Rule {
  public RenameColumn() {
    super(new RuleInfo("rename-column", Category.BREAKS_PREVIOUS_VERSION, Severity.ERROR, true,
        "Renaming a column breaks the version that still uses the old name",
        "Expand–contract: add the new column, write to both, backfill, move reads to the new name, "
            + "and drop the old column in a later release once no running version uses it."),
        SchemaChange.RenameColumn.class);
  }

  @Override
  public void onChange(SchemaChange change, ChangeContext ctx) {
    if (!(change instanceof SchemaChange.RenameColumn r)) return;
    if (ctx.isNewTable(r.table())) return;
    String from = Names.q(r.from());
    String to = Names.q(r.to());
    ctx.reportWithHelp(r.source(), "Renames " + Names.col(r.table(), r.from()) + " to " + Names.q(r.to())
        + ". The version running now (and any other service reading this table) still selects "
        + Names.q(r.from()) + ": its queries fail the moment this migration runs, and redeploying the "
        + "previous release does not help, because the old column no longer exists.",
        "Expand–contract: add " + to + " next to " + from + ", write both, backfill " + to + ", move every "
            + "reader to " + to + ", and drop " + from + " in a later release once nothing reads it.");
  }
}
