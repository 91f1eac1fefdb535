package dev.onewaydoor.analysis;

import dev.onewaydoor.analysis.SchemaModel.Column;
import dev.onewaydoor.analysis.SchemaTable.Slot;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares the schema before a migration with the schema after its up and then its down:
 * what the previous release depends on (its tables and columns, their types, nullability and
 * defaults) must be back. Objects the down leaves behind that the previous release cannot
 * notice (a table, a nullable column, an index) are differences that do not block.
 */
public final class Restoration {
  /** One difference; {@code column} is empty for table- and index-level ones. */
  public record Difference(String table, String column, String what, String expected, String found,
      boolean blocking) {

    /** The difference as a clause: "column `t.c` is missing", "`t.c` is text instead of bytea". */
    public String describe() {
      String where = column.isEmpty() ? "`" + table + "`" : "`" + table + "." + column + "`";
      switch (what) {
        case "table": return blocking ? "table " + where + " is missing" : "table " + where + " is left behind";
        case "index": return "index " + found + " is left behind";
        case "column": return blocking && expected.startsWith("`") ? "column " + where + " is missing"
            : "column " + where + " is left behind" + (blocking ? " as NOT NULL without a default" : "");
        case "name": return "column " + where + " is still named `" + found + "`";
        default: return where + " is " + found + " instead of " + expected;
      }
    }

    /** What the previous release runs into, for blocking differences. */
    public String consequence() {
      switch (what) {
        case "type": return "it reads and writes " + expected;
        case "nullability": return "it may write NULL there";
        case "default": return "its inserts that leave the column out fail";
        case "column": return expected.startsWith("`") ? "its queries that name it fail" : "its inserts, which leave it out, fail";
        default: return "its queries that name it fail";
      }
    }
  }

  private final List<Difference> differences = new ArrayList<>();
  private final String dialect;
  private final SchemaModel before;
  private final SchemaModel afterDown;

  private Restoration(String dialect, SchemaModel before, SchemaModel afterDown) {
    this.dialect = dialect;
    this.before = before;
    this.afterDown = afterDown;
  }

  /** {@code dialect} decides which type differences count (SQLite stores any value in any column). */
  public static List<Difference> compare(SchemaModel before, SchemaModel afterDown, String dialect) {
    Restoration r = new Restoration(dialect, before, afterDown);
    for (SchemaTable t0 : before.tables()) {
      if (t0.temporary() || t0.guessed()) continue;
      SchemaTable t2 = afterDown.table(t0.name());
      if (t2 == t0) continue; // shared, never touched: the same table
      if (t2 == null) r.add(t0.name(), "", "table", "`" + t0.name() + "`", "no such table", true);
      else r.columns(t0, t2);
    }
    for (SchemaTable t2 : afterDown.tables()) {
      if (!t2.temporary() && before.table(t2.name()) == null) {
        r.add(t2.name(), "", "table", "no table `" + t2.name() + "`", "`" + t2.name() + "` left behind", false);
      }
    }
    // By table, then column: the same schemas always read the same, whatever the map order.
    r.differences.sort(java.util.Comparator.comparing(Difference::table).thenComparing(Difference::column));
    return r.differences;
  }

  private void columns(SchemaTable t0, SchemaTable t2) {
    for (String index : t2.indexes().keySet()) {
      if (!t0.indexes().containsKey(index)) add(t0.name(), "", "index", "no index", "`" + index + "`", false);
    }
    java.util.Set<String> renamedAway = new java.util.HashSet<>();
    for (Slot s0 : t0.slots()) {
      Column c0 = s0.column();
      Slot s2 = t2.slot(c0.name());
      if (s2 == null) {
        Slot moved = t2.slotById(s0.id());
        if (moved != null && t0.slot(moved.column().name()) == null) {
          renamedAway.add(moved.column().name());
          add(t0.name(), c0.name(), "name", "`" + t0.name() + "." + c0.name() + "`",
              moved.column().name(), true);
        } else {
          add(t0.name(), c0.name(), "column", "`" + t0.name() + "." + c0.name() + "`", "no such column", true);
        }
        continue;
      }
      Column c2 = s2.column();
      TypeChange type = typeChange(c0, c2);
      if (type != TypeChange.SAME) {
        // A wider type than before (varchar(2048) left as text) is one the previous release can use.
        add(t0.name(), c0.name(), "type", c0.type(), c2.type(), type != TypeChange.WIDENING);
      }
      if (c0.notNull() != c2.notNull() && !s0.external()) {
        // Only a column that became NOT NULL breaks the previous release (it may write NULL).
        add(t0.name(), c0.name(), "nullability", nullability(c0), nullability(c2), c2.notNull() && !c2.hasDefault());
      }
      if (c0.hasDefault() && !c2.hasDefault() && c2.notNull() && !s0.external()) {
        // Inserts of the previous release that leave the column out relied on the default.
        add(t0.name(), c0.name(), "default", describe(c0.defaultValue()), "no default", true);
      }
    }
    for (Slot s2 : t2.slots()) {
      Column c2 = s2.column();
      if (t0.slot(c2.name()) != null || renamedAway.contains(c2.name())) continue;
      boolean required = c2.notNull() && !c2.hasDefault();
      add(t0.name(), c2.name(), "column", "no column `" + c2.name() + "`",
          "`" + t0.name() + "." + c2.name() + "` left behind" + (required ? " as NOT NULL without a default" : ""),
          required);
    }
  }

  private TypeChange typeChange(Column c0, Column c2) {
    if (c0.type() == null || c2.type() == null || Dialects.typeless(dialect)) return TypeChange.SAME;
    if (SchemaModel.sameType(before, c0.type(), afterDown, c2.type())) return TypeChange.SAME;
    return TypeChange.classify(c0.type(), c2.type(), dialect);
  }

  private static String nullability(Column c) {
    return c.notNull() ? "NOT NULL" : "nullable";
  }

  private static String describe(String defaultValue) {
    return defaultValue == null ? "no default" : "DEFAULT " + defaultValue;
  }

  private void add(String table, String column, String what, String expected, String found, boolean blocking) {
    differences.add(new Difference(table, column, what, expected, found, blocking));
  }
}
