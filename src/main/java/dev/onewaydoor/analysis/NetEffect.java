package dev.onewaydoor.analysis;

import dev.onewaydoor.analysis.SchemaModel.Column;
import dev.onewaydoor.analysis.SchemaTable.Slot;
import java.util.ArrayList;
import java.util.List;

/**
 * The net effect of a release on what the previous release can see: each table and column
 * of the schema before it, looked up by name in the schema after it. A column added and
 * dropped again, a table rebuilt with the same columns, a copy-swap or a temporary table
 * leave nothing here; a table rebuilt without one of its columns leaves that column dropped.
 */
public final class NetEffect {
  private final List<NetChange> changes = new ArrayList<>();
  private final Journal journal;
  private final SchemaModel before;
  private final SchemaModel after;

  private NetEffect(Journal journal, SchemaModel before, SchemaModel after) {
    this.journal = journal;
    this.before = before;
    this.after = after;
  }

  /** Compares {@code before} and {@code after}; {@code journal} holds what happened in between. */
  public static NetEffect between(SchemaModel before, SchemaModel after, Journal journal) {
    NetEffect e = new NetEffect(journal, before, after);
    for (SchemaTable t0 : before.tables()) {
      if (!t0.temporary()) e.table(t0, after);
    }
    return e;
  }

  public List<NetChange> changes() {
    return changes;
  }

  public List<NetChange> of(NetChange.Kind kind) {
    List<NetChange> out = new ArrayList<>();
    for (NetChange c : changes) if (c.kind() == kind) out.add(c);
    return out;
  }

  private void table(SchemaTable t0, SchemaModel after) {
    SchemaTable t1 = after.table(t0.name());
    if (t1 == t0) return; // shared, never touched: the same table
    // Its identity under another name: renamed, unless a table filled from it took its name (a rebuild).
    boolean rebuiltFromIt = t1 != null && (t1.id() == t0.id() || journal.copied(t1.id(), t0.id()));
    SchemaTable moved = rebuiltFromIt ? null : after.tableById(t0.id());
    if (t1 == null || moved != null) {
      // Renamed (and perhaps a new table took its name: the previous release now reads that one).
      if (moved != null) {
        List<Source> renames = journal.sources(Journal.Kind.RENAME_TABLE, t0.id());
        add(NetChange.Kind.TABLE_RENAMED, t0, "", moved.name(), null, null, false, renames);
        columns(t0, moved, false);
      } else {
        add(NetChange.Kind.TABLE_DROPPED, t0, "", "", null, null, false, journal.droppedIfExists(t0.id()),
            sources(journal.first(Journal.Kind.DROP_TABLE, t0.id())));
      }
      return;
    }
    if (t1.id() == t0.id()) {
      columns(t0, t1, false);
      return;
    }
    // Rebuilt (or replaced) under the same name: its rows survive only if they were copied over.
    if (journal.filled(t1.id()) && !journal.copied(t1.id(), t0.id())) {
      add(NetChange.Kind.TABLE_REFILLED, t0, "", "", null, null, false, false,
          sources(journal.first(Journal.Kind.DROP_TABLE, t0.id()), journal.first(Journal.Kind.CREATE_TABLE, t1.id())));
    } else if (!journal.filled(t1.id())) {
      add(NetChange.Kind.TABLE_EMPTIED, t0, "", "", null, null, false, journal.droppedIfExists(t0.id()),
          sources(journal.first(Journal.Kind.DROP_TABLE, t0.id()), journal.first(Journal.Kind.CREATE_TABLE, t1.id())));
    }
    columns(t0, t1, true);
  }

  private void columns(SchemaTable t0, SchemaTable t1, boolean rebuilt) {
    for (Slot s0 : t0.slots()) {
      Slot s1 = t1.slot(s0.column().name());
      if (s1 == null) {
        // CREATE TABLE … AS SELECT: the new table's columns are not spelled out, so none is known missing.
        if (t1.columnsKnown() || !rebuilt) missingColumn(t0, t1, s0, rebuilt);
        continue;
      }
      Slot moved = rebuilt || s1.id() == s0.id() ? null : t1.slotById(s0.id());
      if (moved != null) {
        // Renamed, and a new column took its name: the previous release now reads the new one.
        add(NetChange.Kind.COLUMN_RENAMED, t0, s0.column().name(), moved.column().name(), s0.column(),
            moved.column(), s0.external(), journal.sources(Journal.Kind.RENAME_COLUMN, s0.id()));
        continue;
      }
      if (!rebuilt && s1.id() != s0.id() && !filled(s1, t1)) {
        add(NetChange.Kind.COLUMN_DROPPED, t0, s0.column().name(), "", s0.column(), s1.column(), s0.external(),
            sources(journal.first(Journal.Kind.DROP_COLUMN, s0.id()), journal.first(Journal.Kind.ADD_COLUMN, s1.id())));
      }
      shape(t0, t1, s0, s1);
    }
    for (Slot s1 : t1.slots()) {
      Column c = s1.column();
      if (t0.slot(c.name()) != null || t0.slotById(s1.id()) != null) continue;
      // Of a table whose columns were never known, only an explicit ADD COLUMN is surely new.
      boolean surelyNew = t0.columnsKnown() || journal.has(Journal.Kind.ADD_COLUMN, s1.id());
      if (surelyNew && c.notNull() && !c.hasDefault()) {
        add(NetChange.Kind.REQUIRED_COLUMN_ADDED, t0, c.name(), "", null, c, false,
            sources(journal.first(Journal.Kind.ADD_COLUMN, s1.id()), journal.first(Journal.Kind.CREATE_TABLE, t1.id())));
      }
    }
  }

  private void missingColumn(SchemaTable t0, SchemaTable t1, Slot s0, boolean rebuilt) {
    Slot moved = rebuilt ? null : t1.slotById(s0.id());
    if (moved != null) {
      add(NetChange.Kind.COLUMN_RENAMED, t0, s0.column().name(), moved.column().name(), s0.column(), moved.column(),
          s0.external(), journal.sources(Journal.Kind.RENAME_COLUMN, s0.id()));
      shape(t0, t1, s0, moved);
      return;
    }
    Source dropped = journal.first(Journal.Kind.DROP_COLUMN, s0.id());
    if (dropped == null) dropped = journal.first(Journal.Kind.DROP_TABLE, t0.id());
    add(NetChange.Kind.COLUMN_DROPPED, t0, s0.column().name(), "", s0.column(), null, s0.external(),
        sources(dropped, journal.first(Journal.Kind.CREATE_TABLE, t1.id())));
  }

  /** A replacement column counts as filled when an UPDATE assigned it (or the whole table). */
  private boolean filled(Slot s1, SchemaTable t1) {
    return journal.has(Journal.Kind.UPDATE_ROWS, s1.id()) || journal.has(Journal.Kind.UPDATE_ROWS, t1.id());
  }

  private void shape(SchemaTable t0, SchemaTable t1, Slot s0, Slot s1) {
    Column c0 = s0.column();
    Column c1 = s1.column();
    boolean typeChanged = c0.type() != null ? !SchemaModel.sameType(before, c0.type(), after, c1.type())
        : c1.type() != null && journal.has(Journal.Kind.ALTER_TYPE, s1.id());
    if (typeChanged) {
      add(NetChange.Kind.COLUMN_RETYPED, t0, c0.name(), renamed(c0, c1), c0, c1, s0.external(),
          sources(first(s1, Journal.Kind.ALTER_TYPE), journal.first(Journal.Kind.ADD_COLUMN, s1.id()),
              journal.first(Journal.Kind.CREATE_TABLE, t1.id())));
    }
    if (!c0.notNull() && c1.notNull() && !c1.hasDefault()) {
      add(NetChange.Kind.NOT_NULL_SET, t0, c0.name(), renamed(c0, c1), c0, c1, s0.external(),
          sources(first(s1, Journal.Kind.SET_NOT_NULL), journal.first(Journal.Kind.ADD_COLUMN, s1.id()),
              journal.first(Journal.Kind.CREATE_TABLE, t1.id())));
    }
    if (c0.notNull() && c0.hasDefault() && c1.notNull() && !c1.hasDefault()) {
      add(NetChange.Kind.DEFAULT_DROPPED, t0, c0.name(), renamed(c0, c1), c0, c1, s0.external(),
          sources(first(s1, Journal.Kind.DROP_DEFAULT), journal.first(Journal.Kind.ADD_COLUMN, s1.id()),
              journal.first(Journal.Kind.CREATE_TABLE, t1.id())));
    }
  }

  private Source first(Slot s, Journal.Kind kind) {
    List<Source> all = journal.sources(kind, s.id());
    return all.isEmpty() ? null : all.get(all.size() - 1);
  }

  private static String renamed(Column c0, Column c1) {
    return c0.name().equals(c1.name()) ? "" : c1.name();
  }

  private void add(NetChange.Kind kind, SchemaTable t0, String column, String newName, Column before, Column after,
      boolean externalColumn, List<Source> causes) {
    add(kind, t0, column, newName, before, after, externalColumn, false, causes);
  }

  private void add(NetChange.Kind kind, SchemaTable t0, String column, String newName, Column before, Column after,
      boolean externalColumn, boolean guarded, List<Source> causes) {
    if (causes.isEmpty()) return; // nothing in this release did it: not this release's change
    Source writer = column.isEmpty() || after == null ? null : journal.routineWriting(tableAfter(t0), after.name());
    changes.add(new NetChange(kind, t0.name(), column, newName, before, after, t0.external() || externalColumn,
        guarded, causes.get(0), causes, writer));
  }

  /** The table's name after the release (it may have been renamed). */
  private String tableAfter(SchemaTable t0) {
    SchemaTable t = after.tableById(t0.id());
    return t == null ? t0.name() : t.name();
  }

  /** The non-null sources, in order, without repeats. */
  private static List<Source> sources(Source... candidates) {
    List<Source> out = new ArrayList<>();
    for (Source s : candidates) if (s != null && !out.contains(s)) out.add(s);
    return out;
  }
}
