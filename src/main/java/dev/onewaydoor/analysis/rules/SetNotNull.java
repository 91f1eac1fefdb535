package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.ChangeContext;
import dev.onewaydoor.analysis.Rule;
import dev.onewaydoor.analysis.RuleInfo;
import dev.onewaydoor.analysis.SchemaChange;
import dev.onewaydoor.analysis.Severity;
import dev.onewaydoor.analysis.SchemaModel;

/** {@code set-not-null}: the previous version may still write NULL into the column. */
public final class SetNotNull extends Rule {
  public SetNotNull() {
    super(new RuleInfo("set-not-null", Category.BREAKS_PREVIOUS_VERSION, Severity.ERROR, true,
        "SET NOT NULL breaks the version that still writes NULL, and scans the table under a lock",
        "Deploy code that always writes the column and backfill first; on PostgreSQL add "
            + "CHECK (col IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL."),
        SchemaChange.SetNotNull.class);
  }

  @Override
  public void onChange(SchemaChange change, ChangeContext ctx) {
    if (!(change instanceof SchemaChange.SetNotNull s)) return;
    if (ctx.isNewTable(s.table())) return;
    SchemaModel.Column col = ctx.schema().column(s.table(), s.column());
    if (col != null && col.notNull()) return; // already NOT NULL: MySQL MODIFY restating the column
    if (col != null && col.hasDefault()) return; // inserts that omit it get the default
    ctx.report(s.source(), "Makes " + Names.col(s.table(), s.column()) + " NOT NULL"
        + (col == null ? "" : " without a default") + ". The version running now may still insert or "
        + "update it to NULL, and those writes fail; existing NULLs make the migration itself fail.");
  }
}
