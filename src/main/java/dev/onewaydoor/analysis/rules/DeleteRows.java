package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.ChangeContext;
import dev.onewaydoor.analysis.ChangeRule;
import dev.onewaydoor.analysis.RuleInfo;
import dev.onewaydoor.analysis.SchemaChange;
import dev.onewaydoor.analysis.Severity;

/** {@code delete-rows}: rows deleted by a migration cannot be restored by rolling back. */
public final class DeleteRows extends ChangeRule<SchemaChange.DeleteRows> {
  public DeleteRows() {
    super(new RuleInfo("delete-rows", Category.DATA_LOSS, Severity.ERROR, true,
        "DELETE in a migration removes rows that no rollback restores",
        "Keep the rows (mark them instead of deleting), or copy them to an archive table in the same migration."), SchemaChange.DeleteRows.class);
  }

  @Override
  public void onChange(SchemaChange.DeleteRows d, ChangeContext ctx) {
    if (ctx.isNewTable(d.table())) return;
    String scope = d.hasWhere() ? "Deletes rows from " + Names.q(d.table()) + " (those matching the WHERE clause)"
        : "Deletes every row of " + Names.q(d.table()) + " (no WHERE clause)";
    ctx.report(d.source(), scope + ". A down migration cannot know what they held.");
  }
}
