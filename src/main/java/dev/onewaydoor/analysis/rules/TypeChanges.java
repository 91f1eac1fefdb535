package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.analysis.Dialects;
import dev.onewaydoor.analysis.NetChange;
import dev.onewaydoor.analysis.TypeChange;

/** How a column's net type change is classified, in the history's dialect. */
final class TypeChanges {
  private TypeChanges() {}

  /** The classification, or null when type checks do not apply (SQLite). */
  static TypeChange of(NetChange c, String dialect) {
    if (Dialects.typeless(dialect)) return null;
    return TypeChange.classify(c.before().type(), c.after().type(), dialect);
  }

  /** "`t.c`" or "`t.c` (now `d`)" when the column was also renamed. */
  static String column(NetChange c) {
    return Names.col(c.table(), c.column()) + (c.newName().isEmpty() ? "" : " (now " + Names.q(c.newName()) + ")");
  }
}
