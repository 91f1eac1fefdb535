package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.ChangeContext;
import dev.onewaydoor.analysis.ChangeRule;
import dev.onewaydoor.analysis.RuleInfo;
import dev.onewaydoor.analysis.SchemaChange;
import dev.onewaydoor.analysis.Severity;

/** {@code truncate-table}: TRUNCATE deletes every row at once. */
public final class TruncateTable extends ChangeRule<SchemaChange.Truncate> {
  public TruncateTable() {
    super(new RuleInfo("truncate-table", Category.DATA_LOSS, Severity.ERROR, true,
        "TRUNCATE deletes every row of a table in a migration",
        "Copy the rows aside (or export them) before deleting, and do one-off data removal outside the schema history."), SchemaChange.Truncate.class);
  }

  @Override
  public void onChange(SchemaChange.Truncate t, ChangeContext ctx) {
    if (ctx.isNewTable(t.table())) return;
    ctx.report(t.source(), "Truncates " + Names.q(t.table()) + ": every row is deleted and a down migration "
        + "cannot bring them back.");
  }
}
