package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.MigrationContext;
import dev.onewaydoor.analysis.MigrationContext.Status;
import dev.onewaydoor.analysis.Rule;
import dev.onewaydoor.analysis.RuleInfo;
import dev.onewaydoor.analysis.Severity;
import dev.onewaydoor.analysis.MigrationUnit;

/** {@code missing-down-migration}: the framework rolls back with downs, and this one has none. */
public final class MissingDownMigration extends Rule {
  public MissingDownMigration() {
    super(new RuleInfo("missing-down-migration", Category.ROLLBACK_PATH, Severity.ERROR, true,
        "A migration that changes the schema has no down migration where the framework expects one",
        "Write the down migration that undoes every statement of the up, or mark it irreversible on purpose."));
  }

  @Override
  public void onMigration(MigrationContext ctx) {
    MigrationUnit u = ctx.unit();
    if (ctx.status() != Status.ADDED || !u.migration().downsSupported() || u.up().isEmpty()) return;
    if (u.hasDown() && (u.down().statements() > 0 || IrreversibleMarker.marks(u.downText()))) return;
    String what = u.hasDown() ? "Its down migration " + u.downFile() + " is empty" : "It has no down migration";
    ctx.report(u.up().changes().get(0).source(), what + ", so `" + u.migration().framework()
        + "` has nothing to run when this release is rolled back: the schema stays changed while the "
        + "previous code runs against it.");
  }
}
