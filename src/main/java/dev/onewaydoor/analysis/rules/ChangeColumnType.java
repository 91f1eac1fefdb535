package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.ChangeContext;
import dev.onewaydoor.analysis.Rule;
import dev.onewaydoor.analysis.RuleInfo;
import dev.onewaydoor.analysis.SchemaChange;
import dev.onewaydoor.analysis.Severity;
import dev.onewaydoor.analysis.TypeChange;

/**
 * {@code change-column-type}: the values survive but the previous version reads another type,
 * or the type before is unknown.
 */
public final class ChangeColumnType extends Rule {
  public ChangeColumnType() {
    super(new RuleInfo("change-column-type", Category.BREAKS_PREVIOUS_VERSION, Severity.ERROR, true,
        "Changing a column's type breaks the version that still expects the old type",
        "Add a column of the new type, write both, backfill, switch reads, and drop the old column later."),
        SchemaChange.AlterColumnType.class);
  }

  @Override
  public void onChange(SchemaChange change, ChangeContext ctx) {
    if (!(change instanceof SchemaChange.AlterColumnType a)) return;
    if (ctx.isNewTable(a.table())) return;
    String from = TypeChanges.before(a, ctx);
    TypeChange kind = TypeChange.classify(from, a.to());
    if (kind == TypeChange.INCOMPATIBLE) {
      ctx.report(a.source(), "Changes " + Names.col(a.table(), a.column()) + " from " + from + " to " + a.to()
          + ". The values convert, but the version running now reads and writes " + from
          + " and may fail on the new type; the conversion also rewrites the table under an exclusive lock.");
    } else if (kind == TypeChange.UNKNOWN) {
      ctx.report(a.source(), "Changes the type of " + Names.col(a.table(), a.column()) + " to " + a.to()
          + ", but no earlier migration says what the type was, so OneWayDoor cannot tell whether values "
          + "are lost or the running version breaks.");
    }
  }
}
