package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.ChangeContext;
import dev.onewaydoor.analysis.Rule;
import dev.onewaydoor.analysis.RuleInfo;
import dev.onewaydoor.analysis.SchemaChange;
import dev.onewaydoor.analysis.Severity;

/** {@code drop-schema}: dropping a schema removes every table in it. */
public final class DropSchema extends Rule {
  public DropSchema() {
    super(new RuleInfo("drop-schema", Category.DATA_LOSS, Severity.ERROR, true,
        "Dropping a schema deletes every object and row in it",
        "Move what is still needed out first; drop the schema in a release after nothing uses it, with a backup."),
        SchemaChange.DropSchema.class);
  }

  @Override
  public void onChange(SchemaChange change, ChangeContext ctx) {
    if (!(change instanceof SchemaChange.DropSchema d)) return;
    ctx.report(d.source(), "Drops schema " + Names.q(d.schema()) + (d.cascade() ? " with CASCADE" : "")
        + ". Every table, view and function in it goes, with all their rows; no code rollback restores them.");
  }
}
