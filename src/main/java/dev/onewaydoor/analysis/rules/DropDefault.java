package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.ChangeContext;
import dev.onewaydoor.analysis.Rule;
import dev.onewaydoor.analysis.RuleInfo;
import dev.onewaydoor.analysis.SchemaChange;
import dev.onewaydoor.analysis.Severity;
import dev.onewaydoor.analysis.SchemaModel;

/** {@code drop-default}: inserts that relied on the default start failing. */
public final class DropDefault extends Rule {
  public DropDefault() {
    super(new RuleInfo("drop-default", Category.BREAKS_PREVIOUS_VERSION, Severity.ERROR, true,
        "Dropping the default of a NOT NULL column breaks inserts that leave it out",
        "Deploy code that always sets the column first; drop the default in a later release."),
        SchemaChange.DropDefault.class);
  }

  @Override
  public void onChange(SchemaChange change, ChangeContext ctx) {
    if (!(change instanceof SchemaChange.DropDefault d)) return;
    if (ctx.isNewTable(d.table())) return;
    SchemaModel.Column col = ctx.schema().column(d.table(), d.column());
    if (col == null || !col.notNull() || !col.hasDefault()) return;
    ctx.report(d.source(), "Drops the default of NOT NULL column " + Names.col(d.table(), d.column())
        + ". Inserts from the version running now that leave the column out relied on the default "
        + "and fail from this migration on.");
  }
}
