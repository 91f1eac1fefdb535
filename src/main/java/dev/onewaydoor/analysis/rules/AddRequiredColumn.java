package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.ChangeContext;
import dev.onewaydoor.analysis.Rule;
import dev.onewaydoor.analysis.RuleInfo;
import dev.onewaydoor.analysis.SchemaChange;
import dev.onewaydoor.analysis.Severity;

/** {@code add-required-column}: NOT NULL without default on a table the running version inserts into. */
public final class AddRequiredColumn extends Rule {
  public AddRequiredColumn() {
    super(new RuleInfo("add-required-column", Category.BREAKS_PREVIOUS_VERSION, Severity.ERROR, true,
        "Adding a NOT NULL column without a default breaks inserts of the version that does not know it",
        "Add the column nullable (or with a default), backfill, deploy code that writes it, "
            + "then SET NOT NULL in a later release."),
        SchemaChange.AddColumn.class);
  }

  @Override
  public void onChange(SchemaChange change, ChangeContext ctx) {
    if (!(change instanceof SchemaChange.AddColumn a)) return;
    if (!a.column().notNull() || a.column().hasDefault() || ctx.isNewTable(a.table())) return;
    ctx.report(a.source(), "Adds " + Names.col(a.table(), a.column().name()) + " as NOT NULL without a default. "
        + "On a table with rows the migration fails; once it has run, every INSERT from the version "
        + "running now (which does not know the column) fails too.");
  }
}
