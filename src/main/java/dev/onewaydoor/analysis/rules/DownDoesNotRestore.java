package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.MigrationContext;
import dev.onewaydoor.analysis.MigrationContext.Status;
import dev.onewaydoor.analysis.Rule;
import dev.onewaydoor.analysis.RuleInfo;
import dev.onewaydoor.analysis.Severity;
import dev.onewaydoor.analysis.Source;
import dev.onewaydoor.analysis.Inverses;
import dev.onewaydoor.analysis.MigrationUnit;
import dev.onewaydoor.analysis.SchemaChange;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code down-does-not-restore}: checked statically on the IR, each up change needs its
 * inverse in the down script (a dropped column re-created, a rename reversed, a created table
 * dropped).
 */
public final class DownDoesNotRestore extends Rule {
  public DownDoesNotRestore() {
    super(new RuleInfo("down-does-not-restore", Category.ROLLBACK_PATH, Severity.ERROR, true,
        "The down migration does not undo what the up migration does",
        "Add the missing inverse statements to the down migration and test up, down, up on a scratch database."));
  }

  @Override
  public void onMigration(MigrationContext ctx) {
    MigrationUnit u = ctx.unit();
    if (ctx.status() != Status.ADDED || !u.hasDown() || u.down().statements() == 0) return;
    if (IrreversibleMarker.marks(u.downText())) return; // reported by irreversible-marker
    Set<String> created = new HashSet<>();
    for (SchemaChange c : u.up().changes()) {
      if (c instanceof SchemaChange.CreateTable ct) created.add(ct.table());
    }
    for (SchemaChange c : u.up().changes()) {
      Inverses.Expectation e = Inverses.of(c, created);
      if (e == null || u.down().changes().stream().anyMatch(e.undoneBy())) continue;
      ctx.report(c.source(), "The down migration " + u.downFile() + " does not " + e.description()
          + ": after a rollback the schema is not the one the previous version expects.");
    }
  }
}
