package dev.onewaydoor.analysis;

import dev.onewaydoor.analysis.Journal.Kind;
import dev.onewaydoor.analysis.SchemaChange.*;
import dev.onewaydoor.analysis.SchemaModel.Column;
import dev.onewaydoor.analysis.SchemaTable.Slot;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** How each change of the IR moves the {@link SchemaModel}, and what it records in the journal. */
final class ModelUpdate {
  private ModelUpdate() {}

  static void apply(SchemaModel m, SchemaChange change) {
    if (change instanceof CreateTable c) createTable(m, c);
    else if (change instanceof DropTable c) dropTable(m, c.table(), c.ifExists(), c.source());
    else if (change instanceof RenameTable c) renameTable(m, c);
    else if (change instanceof AddColumn c) addColumn(m, c);
    else if (change instanceof DropColumn c) {
      SchemaTable t = m.tableOrAdopt(c.table());
      Slot s = m.slotOrAdopt(t, c.column());
      t.remove(c.column());
      m.log(Kind.DROP_COLUMN, s.id(), t.id(), c.source());
    } else if (change instanceof RenameColumn c) {
      SchemaTable t = m.tableOrAdopt(c.table());
      Slot s = m.slotOrAdopt(t, c.from());
      t.renameColumn(c.from(), c.to());
      m.log(Kind.RENAME_COLUMN, s.id(), t.id(), c.source());
    } else if (change instanceof AlterColumnType c) {
      update(m, c.table(), c.column(), Kind.ALTER_TYPE, c.source(),
          col -> new Column(col.name(), c.to(), col.notNull(), col.defaultValue()));
    } else if (change instanceof SetNotNull c) {
      update(m, c.table(), c.column(), Kind.SET_NOT_NULL, c.source(),
          col -> new Column(col.name(), col.type(), true, col.defaultValue()));
    } else if (change instanceof DropNotNull c) {
      update(m, c.table(), c.column(), Kind.DROP_NOT_NULL, c.source(),
          col -> new Column(col.name(), col.type(), false, col.defaultValue()));
    } else if (change instanceof SetDefault c) {
      update(m, c.table(), c.column(), Kind.SET_DEFAULT, c.source(),
          col -> new Column(col.name(), col.type(), col.notNull(), c.value()));
    } else if (change instanceof DropDefault c) {
      update(m, c.table(), c.column(), Kind.DROP_DEFAULT, c.source(),
          col -> new Column(col.name(), col.type(), col.notNull(), null));
    } else if (change instanceof CopyRows c) {
      SchemaTable to = m.table(c.table());
      SchemaTable from = m.table(c.fromTable());
      if (to != null) m.log(Kind.COPY_ROWS, to.id(), from == null ? 0 : from.id(), c.source());
    } else if (change instanceof AddConstraint c && c.kind() == ConstraintKind.PRIMARY_KEY) {
      // A primary key makes its columns NOT NULL; it says nothing the previous release writes NULL into.
      SchemaTable t = m.table(c.table());
      for (String column : c.columns()) {
        Slot s = t == null ? null : t.slot(column);
        if (s != null && !s.column().notNull()) {
          Column col = s.column();
          m.mutable(t).put(s.with(new Column(col.name(), col.type(), true, col.defaultValue())));
        }
      }
    } else if (change instanceof RoutineWrites c) {
      for (String column : c.columns()) m.logRoutineWrites(c.table(), column, c.source());
    } else if (change instanceof RenameType c) {
      m.renameType(c.from(), c.to());
    } else if (change instanceof UpdateRows c) {
      updateRows(m, c);
    } else if (change instanceof CreateIndex c) {
      SchemaTable t = m.table(c.table());
      if (c.name() != null && t != null) m.mutable(t).addIndex(c.name(), c.columns());
    } else if (change instanceof DropIndex c) {
      String table = m.indexTable(c.name());
      if (table != null) m.mutable(m.table(table)).removeIndex(c.name());
    } else if (change instanceof DropSchema c) {
      String prefix = c.schema() + ".";
      for (String name : new ArrayList<>(m.tables.keySet())) {
        if (name.startsWith(prefix)) dropTable(m, name, false, c.source());
      }
    }
    // Truncate, DeleteRows, constraints and unknown statements leave the shape as it is.
  }

  private static void createTable(SchemaModel m, CreateTable c) {
    if (c.ifNotExists() && m.tables.containsKey(c.table())) return;
    SchemaTable t = new SchemaTable(m.newId(), c.table(), c.temporary(), false, c.columnsKnown());
    for (ColumnDef d : c.columns()) {
      t.put(new Slot(m.newId(), new Column(d.name(), d.type(), d.notNull(), d.defaultValue()), false));
    }
    m.putNew(t);
    m.log(Kind.CREATE_TABLE, t.id(), 0, c.source());
  }

  private static void dropTable(SchemaModel m, String name, boolean ifExists, Source at) {
    SchemaTable t = m.tableOrAdopt(name, ifExists);
    m.tables.remove(name);
    m.log(Kind.DROP_TABLE, t.id(), ifExists ? 1 : 0, at);
  }

  private static void renameTable(SchemaModel m, RenameTable c) {
    SchemaTable t = m.tableOrAdopt(c.from());
    m.tables.remove(c.from());
    t.rename(c.to());
    m.tables.put(c.to(), t);
    m.log(Kind.RENAME_TABLE, t.id(), 0, c.source());
  }

  private static void addColumn(SchemaModel m, AddColumn c) {
    SchemaTable t = m.tableOrAdopt(c.table());
    ColumnDef d = c.column();
    if (t.slot(d.name()) != null) return; // ADD COLUMN IF NOT EXISTS on a column that exists
    Slot s = new Slot(m.newId(), new Column(d.name(), d.type(), d.notNull(), d.defaultValue()), false);
    t.put(s);
    m.log(Kind.ADD_COLUMN, s.id(), t.id(), c.source());
  }

  private static void update(SchemaModel m, String table, String column, Kind kind, Source at,
      UnaryOperator<Column> f) {
    SchemaTable t = m.tableOrAdopt(table);
    Slot s = m.slotOrAdopt(t, column);
    t.put(s.with(f.apply(s.column())));
    m.log(kind, s.id(), t.id(), at);
  }

  private static void updateRows(SchemaModel m, UpdateRows c) {
    SchemaTable t = m.table(c.table());
    if (t == null) return;
    List<String> set = c.setColumns();
    if (set.isEmpty()) {
      m.log(Kind.UPDATE_ROWS, t.id(), 0, c.source());
      return;
    }
    for (String column : set) {
      Slot s = t.slot(column);
      if (s != null) m.log(Kind.UPDATE_ROWS, s.id(), t.id(), c.source());
    }
  }
}
