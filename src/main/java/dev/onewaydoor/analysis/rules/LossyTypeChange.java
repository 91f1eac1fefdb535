package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.Details;
import dev.onewaydoor.analysis.NetChange;
import dev.onewaydoor.analysis.ReleaseContext;
import dev.onewaydoor.analysis.ReleaseRule;
import dev.onewaydoor.analysis.RuleInfo;
import dev.onewaydoor.analysis.Severity;
import dev.onewaydoor.analysis.TypeChange;

/** {@code lossy-type-change}: after the release a column's type cannot hold every old value. */
public final class LossyTypeChange extends ReleaseRule {
  public LossyTypeChange() {
    super(new RuleInfo("lossy-type-change", Category.DATA_LOSS, Severity.ERROR, true,
        "Changing a column to a narrower type cuts, rounds or rejects existing values",
        "Add a new column of the new type, dual-write and backfill, check no value was cut, switch reads, "
            + "then drop the old column in a later release."));
  }

  @Override
  public void onRelease(ReleaseContext ctx) {
    for (NetChange c : ctx.net().of(NetChange.Kind.COLUMN_RETYPED)) {
      if (TypeChanges.of(c, ctx.dialect()) != TypeChange.LOSSY) continue;
      ctx.report(c.at(), "Changes " + TypeChanges.column(c) + " from " + c.before().type() + " to " + c.after().type()
          + ": values that do not fit are cut, rounded or make the migration fail, and changing the type back "
          + "does not restore them.", Details.of(ctx.subject(c)).causes(c.causes()));
    }
  }
}
