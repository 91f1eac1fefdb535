package dev.onewaydoor.plan;

import dev.onewaydoor.analysis.CodeUse;
import dev.onewaydoor.analysis.SchemaModel.Column;
import dev.onewaydoor.analysis.Subject;
import java.util.List;

/**
 * Plans for renamed and dropped columns: a new column kept in sync by a trigger while both
 * releases run, or a column the code stops using before it is dropped.
 */
final class ColumnPlans {
  private ColumnPlans() {}

  /** {@code a} → {@code b}: add b, keep both in sync, backfill; later drop a and give b a's constraints. */
  static Plan rename(String rule, Subject s, DialectSql sql, List<CodeUse> uses) {
    Column c = s.before();
    String t = s.table();
    String a = s.column();
    String b = s.newName();
    String ta = "`" + t + "." + a + "`";
    String expandUp = sql.addColumn(t, b, c.type(), null) + sql.createRenameSync(t, a, b) + sql.backfillCopy(t, b, a);
    String expandDown = sql.dropRenameSync(t, a, b) + sql.dropColumn(t, b);
    String contractUp = sql.dropRenameSync(t, a, b) + sql.constrain(t, b, c.type(), c.notNull(), c.defaultValue())
        + sql.dropColumn(t, a);
    String contractDown = sql.addColumn(t, a, c.type(), null) + sql.backfillCopy(t, a, b)
        + sql.constrain(t, a, c.type(), c.notNull(), c.defaultValue())
        + sql.unconstrain(t, b, c.type(), c.notNull(), c.defaultValue()) + sql.createRenameSync(t, a, b);
    return new Plan(rule, sql.id(), "Add `" + b + "` next to " + ta + ", keep both in sync with a trigger while "
        + "releases that use either name run, move the code to `" + b + "`, then drop `" + a + "`.",
        List.of(Phases.expand(expandUp, expandDown),
            Phases.move("reads and writes `" + b + "` instead of `" + a + "`", uses),
            Phases.contract("`" + a + "`", contractUp, contractDown, "")), "", "");
  }

  /** Stop using the column (and let inserts leave it out), then drop it in a later release. */
  static Plan drop(String rule, Subject s, DialectSql sql, List<CodeUse> uses) {
    Column c = s.before();
    String t = s.table();
    String a = s.column();
    boolean required = c != null && c.notNull() && !c.hasDefault();
    String expandUp = required ? Phases.comment("inserts that leave `" + a + "` out must keep working:")
        + sql.dropNotNull(t, a, c.type(), c.defaultValue())
        : Phases.comment("keep `" + a + "` in this release: the release running now still uses it");
    String expandDown = required ? sql.setNotNull(t, a, c.type(), c.defaultValue()) : Phases.NO_SCHEMA_CHANGE;
    String contractDown = c == null
        ? Phases.comment("the values cannot come back: restore `" + a + "` from a backup taken before the drop")
        : sql.addColumn(t, a, c.type(), c.defaultValue())
            + Phases.comment("the column is back, its values are not: restore them from a backup taken before the drop");
    return new Plan(rule, sql.id(), "Keep `" + t + "." + a + "` while the release running now uses it, stop "
        + "reading and writing it, then drop it in a later release (after a backup if the values may be needed).",
        List.of(Phases.expand(expandUp, expandDown),
            Phases.move("no longer reads or writes `" + a + "` (ORMs: mark it ignored)", uses),
            Phases.contract("`" + a + "`", sql.dropColumn(t, a), contractDown, "")), "", "");
  }
}
