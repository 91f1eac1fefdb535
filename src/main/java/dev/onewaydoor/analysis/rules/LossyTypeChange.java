package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.ChangeContext;
import dev.onewaydoor.analysis.Rule;
import dev.onewaydoor.analysis.RuleInfo;
import dev.onewaydoor.analysis.SchemaChange;
import dev.onewaydoor.analysis.Severity;
import dev.onewaydoor.analysis.TypeChange;

/** {@code lossy-type-change}: the new type cannot hold every old value. */
public final class LossyTypeChange extends Rule {
  public LossyTypeChange() {
    super(new RuleInfo("lossy-type-change", Category.DATA_LOSS, Severity.ERROR, true,
        "Changing a column to a narrower type cuts, rounds or rejects existing values",
        "Add a new column of the new type, dual-write and backfill, check no value was cut, switch reads, "
            + "then drop the old column in a later release."),
        SchemaChange.AlterColumnType.class);
  }

  @Override
  public void onChange(SchemaChange change, ChangeContext ctx) {
    if (!(change instanceof SchemaChange.AlterColumnType a)) return;
    String from = TypeChanges.before(a, ctx);
    if (TypeChange.classify(from, a.to()) != TypeChange.LOSSY) return;
    if (ctx.isNewTable(a.table())) return;
    ctx.report(a.source(), "Changes " + Names.col(a.table(), a.column()) + " from " + from + " to " + a.to()
        + ": values that do not fit are cut, rounded or make the migration fail, and changing the "
        + "type back does not restore them.");
  }
}
