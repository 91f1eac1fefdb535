package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.ChangeContext;
import dev.onewaydoor.analysis.ChangeRule;
import dev.onewaydoor.analysis.Details;
import dev.onewaydoor.analysis.RuleInfo;
import dev.onewaydoor.analysis.SchemaChange;
import dev.onewaydoor.analysis.Severity;

/** {@code drop-schema}: dropping a schema removes every table in it. */
public final class DropSchema extends ChangeRule<SchemaChange.DropSchema> {
  public DropSchema() {
    super(new RuleInfo("drop-schema", Category.DATA_LOSS, Severity.ERROR, true,
        "Dropping a schema deletes every object and row in it",
        "Move what is still needed out first; drop the schema in a release after nothing uses it, with a backup."), SchemaChange.DropSchema.class);
  }

  @Override
  public void onChange(SchemaChange.DropSchema d, ChangeContext ctx) {
    String prefix = d.schema() + ".";
    long tables = ctx.schema().tables().stream().filter(t -> t.name().startsWith(prefix)).count();
    if (tables == 0) {
      // A schema of views and functions only (re-created by the application, say) holds no rows.
      ctx.report(d.source(), "Drops schema " + Names.q(d.schema()) + (d.cascade() ? " with CASCADE" : "")
          + ". No migration creates a table in it, so it should hold only views, functions and types; check that "
          + "nothing outside the migration history keeps data there.", Details.NONE.blocking(false));
      return;
    }
    ctx.report(d.source(), "Drops schema " + Names.q(d.schema()) + (d.cascade() ? " with CASCADE" : "")
        + ", with its " + tables + (tables == 1 ? " table" : " tables") + ". Every table, view and function in it "
        + "goes, with all their rows; no code rollback restores them.");
  }
}
