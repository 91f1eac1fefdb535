package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.ChangeContext;
import dev.onewaydoor.analysis.Rule;
import dev.onewaydoor.analysis.RuleInfo;
import dev.onewaydoor.analysis.SchemaChange;
import dev.onewaydoor.analysis.Severity;

/** {@code drop-table}: dropping a table deletes its rows for good. */
public final class DropTable extends Rule {
  public DropTable() {
    super(new RuleInfo("drop-table", Category.DATA_LOSS, Severity.ERROR, true,
        "Dropping a table deletes its data and breaks code that still reads it",
        "Stop using the table in one release, keep a backup or rename it aside, and drop it in a later release."),
        SchemaChange.DropTable.class);
  }

  @Override
  public void onChange(SchemaChange change, ChangeContext ctx) {
    if (!(change instanceof SchemaChange.DropTable d)) return;
    if (ctx.isNewTable(d.table())) return; // created and dropped within this change: never released
    String known = ctx.schema().hasTable(d.table()) ? ""
        : " (no earlier migration creates it: it may come from outside the migration history)";
    ctx.report(d.source(), "Drops table " + Names.q(d.table()) + known + ". Every row in it is deleted, "
        + "and the version running now fails as soon as it queries the table; rolling back the code "
        + "brings neither back.");
  }
}
