package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.MigrationUnit;
import dev.onewaydoor.analysis.NetChange;
import dev.onewaydoor.analysis.ReleaseContext;
import dev.onewaydoor.analysis.ReleaseRule;
import dev.onewaydoor.analysis.Rollback;
import dev.onewaydoor.analysis.RuleInfo;
import dev.onewaydoor.analysis.Severity;
import dev.onewaydoor.analysis.TypeChange;

/**
 * {@code missing-down-migration}: a rollback step whose ups leave a schema the previous
 * release cannot work with has no down (or an empty one), in a history that writes downs.
 * Additive steps need no down to roll the code back; histories without downs roll forward.
 */
public final class MissingDownMigration extends ReleaseRule {
  public MissingDownMigration() {
    super(new RuleInfo("missing-down-migration", Category.ROLLBACK_PATH, Severity.ERROR, true,
        "A migration the previous version cannot run against has no down migration where the history uses them",
        "Write the down migration that brings back what the previous version uses, or mark it irreversible on purpose."));
  }

  @Override
  public void onRelease(ReleaseContext ctx) {
    if (!ctx.downPolicy().expectsDowns()) return;
    for (Rollback r : ctx.rollbacks()) {
      MigrationUnit first = r.units().get(0);
      if (!first.migration().downsSupported()) continue;
      if (r.state() != Rollback.DownState.MISSING && r.state() != Rollback.DownState.EMPTY) continue;
      NetChange breaking = breaking(r, ctx.dialect());
      if (breaking == null) continue;
      String what = r.state() == Rollback.DownState.EMPTY ? "Its down migration " + first.downFile() + " is empty"
          : "It has no down migration";
      ctx.report(breaking.at(), what + ", so `" + first.migration().framework() + "` has nothing to run when this "
          + "release is rolled back, and the previous release would run against a schema it cannot use ("
          + describe(breaking) + ").");
    }
  }

  /** The first change of the step the previous release cannot live with, or null. */
  private static NetChange breaking(Rollback r, String dialect) {
    for (NetChange c : r.net().changes()) {
      // A table re-created empty or a column re-added empty has the shape the previous release expects.
      if (c.kind() == NetChange.Kind.TABLE_EMPTIED || c.kind() == NetChange.Kind.TABLE_REFILLED
          || (c.kind() == NetChange.Kind.COLUMN_DROPPED && c.after() != null)) {
        continue;
      }
      if (c.kind() != NetChange.Kind.COLUMN_RETYPED) return c;
      TypeChange t = TypeChanges.of(c, dialect);
      if (t != null && t != TypeChange.SAME && t != TypeChange.WIDENING) return c;
    }
    return null;
  }

  private static String describe(NetChange c) {
    String name = c.column().isEmpty() ? Names.q(c.table()) : Names.col(c.table(), c.column());
    switch (c.kind()) {
      case TABLE_DROPPED: return name + " is dropped";
      case TABLE_RENAMED: case COLUMN_RENAMED: return name + " is renamed to " + Names.q(c.newName());
      case COLUMN_DROPPED: return name + " is dropped";
      case COLUMN_RETYPED: return name + " changes type";
      case NOT_NULL_SET: return name + " becomes NOT NULL";
      case DEFAULT_DROPPED: return name + " loses its default";
      default: return name + " is added as NOT NULL without a default";
    }
  }
}
