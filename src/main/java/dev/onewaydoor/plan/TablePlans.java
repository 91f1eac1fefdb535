package dev.onewaydoor.plan;

import dev.onewaydoor.analysis.CodeUse;
import dev.onewaydoor.analysis.Subject;
import java.util.List;

/** Plans for renamed and dropped tables. */
final class TablePlans {
  private TablePlans() {}

  /**
   * Rename, and leave a view with the old name: a view over one table is updatable in
   * PostgreSQL and MySQL, so the release running now keeps reading and writing through it.
   */
  static Plan rename(String rule, Subject s, DialectSql sql, List<CodeUse> uses) {
    String from = s.table();
    String to = s.newName();
    String expandUp = sql.renameTable(from, to) + sql.createView(from, to);
    String expandDown = sql.dropView(from) + sql.renameTable(to, from);
    return new Plan(rule, sql.id(), "Rename `" + from + "` to `" + to + "` and leave an updatable view named `"
        + from + "` for the release running now; drop the view once no running version uses the old name.",
        List.of(Phases.expand(expandUp, expandDown),
            Phases.move("reads and writes `" + to + "` instead of `" + from + "`", uses),
            Phases.contract("`" + from + "`", sql.dropView(from), sql.createView(from, to), "")),
        "The view makes the rename a single safe step for the release running now.", "");
  }

  /** Stop using the table, then drop it in a later release. */
  static Plan drop(String rule, Subject s, DialectSql sql, List<CodeUse> uses) {
    String t = s.table();
    return new Plan(rule, sql.id(), "Keep `" + t + "` while the release running now uses it, stop using it, and "
        + "drop it in a later release, after a backup if its rows may be needed.",
        List.of(Phases.expand(Phases.comment("keep `" + t + "` in this release: the release running now still uses it"),
                Phases.NO_SCHEMA_CHANGE),
            Phases.move("no longer reads or writes `" + t + "`", uses),
            Phases.contract("`" + t + "`", "DROP TABLE " + sql.q(t) + ";\n",
                Phases.comment("the rows cannot come back: restore `" + t + "` from a backup taken before the drop"), "")),
        "", "");
  }
}
