package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.Details;
import dev.onewaydoor.analysis.NetChange;
import dev.onewaydoor.analysis.ReleaseContext;
import dev.onewaydoor.analysis.ReleaseRule;
import dev.onewaydoor.analysis.RuleInfo;
import dev.onewaydoor.analysis.Severity;
import dev.onewaydoor.analysis.TypeChange;

/**
 * {@code change-column-type}: after the release a column has another type; the values survive
 * (or the cast fails on the ones that do not fit) but the previous version reads another type,
 * or the type before is unknown.
 */
public final class ChangeColumnType extends ReleaseRule {
  public ChangeColumnType() {
    super(new RuleInfo("change-column-type", Category.BREAKS_PREVIOUS_VERSION, Severity.ERROR, true,
        "Changing a column's type breaks the version that still expects the old type",
        "Add a column of the new type, write both, backfill, switch reads, and drop the old column later."));
  }

  @Override
  public void onRelease(ReleaseContext ctx) {
    for (NetChange c : ctx.net().of(NetChange.Kind.COLUMN_RETYPED)) {
      if (!c.newName().isEmpty()) continue; // renamed: rename-column says the previous release breaks
      TypeChange kind = TypeChanges.of(c, ctx.dialect());
      Details d = Details.of(ctx.subject(c)).causes(c.causes());
      if (kind == TypeChange.INCOMPATIBLE) {
        ctx.report(c.at(), "Changes " + TypeChanges.column(c) + " from " + c.before().type() + " to "
            + c.after().type() + ". The values convert (or the cast fails on those that cannot), but the version "
            + "running now reads and writes " + c.before().type() + " and may fail on the new type; the conversion "
            + "also rewrites the table under an exclusive lock.", d);
      } else if (kind == TypeChange.UNKNOWN) {
        ctx.report(c.at(), "Changes the type of " + TypeChanges.column(c) + " to " + c.after().type()
            + ", but no earlier migration says what the type was, so OneWayDoor cannot tell whether values "
            + "are lost or the running version breaks.", d);
      }
    }
  }
}
