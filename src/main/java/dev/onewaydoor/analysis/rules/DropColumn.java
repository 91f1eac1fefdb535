package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.ChangeContext;
import dev.onewaydoor.analysis.Rule;
import dev.onewaydoor.analysis.RuleInfo;
import dev.onewaydoor.analysis.SchemaChange;
import dev.onewaydoor.analysis.Severity;

/** {@code drop-column}: the column's values are gone and the running version still selects it. */
public final class DropColumn extends Rule {
  public DropColumn() {
    super(new RuleInfo("drop-column", Category.DATA_LOSS, Severity.ERROR, true,
        "Dropping a column deletes its values and breaks the version that still reads it",
        "Expand–contract: stop reading and writing the column in one release (ignore it in the ORM), "
            + "then drop it in a later release, after a backup if the data may be needed."),
        SchemaChange.DropColumn.class);
  }

  @Override
  public void onChange(SchemaChange change, ChangeContext ctx) {
    if (!(change instanceof SchemaChange.DropColumn d)) return;
    if (ctx.isNewTable(d.table())) return; // the table was never released
    String context;
    if (!ctx.schema().hasTable(d.table())) {
      context = " No earlier migration creates table " + Names.q(d.table())
          + ", so OneWayDoor cannot see what the column held.";
    } else if (ctx.schema().column(d.table(), d.column()) == null) {
      context = " No earlier migration creates this column: it may come from outside the migration history.";
    } else {
      context = "";
    }
    ctx.report(d.source(), "Drops column " + Names.col(d.table(), d.column()) + ". Its values are deleted, "
        + "and the version running now fails on every query that names the column; redeploying "
        + "the previous release does not bring the column back." + context);
  }
}
