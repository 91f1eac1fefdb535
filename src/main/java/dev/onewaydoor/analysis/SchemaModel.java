package dev.onewaydoor.analysis;

import dev.onewaydoor.analysis.SchemaChange.*;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The schema as the migration history leaves it, replayed change by change, so rules know
 * which tables and columns exist, their types, nullability and defaults. Unknown objects
 * stay unknown rather than guessed: a rule sees {@code null} and says so.
 */
public final class SchemaModel {
  /** A column's current shape. */
  public record Column(String name, String type, boolean notNull, String defaultValue) {
    public boolean hasDefault() {
      return defaultValue != null;
    }
  }

  private final Map<String, Map<String, Column>> tables = new HashMap<>();
  private final Map<String, String> indexTable = new HashMap<>();

  /** Returns true when some migration created {@code table} and none dropped it since. */
  public boolean hasTable(String table) {
    return tables.containsKey(table);
  }

  /** Returns the column, or null when the table or column is not known. */
  public Column column(String table, String column) {
    Map<String, Column> cols = tables.get(table);
    return cols == null ? null : cols.get(column);
  }

  /** Returns the table an index was created on, or null. */
  public String indexTable(String index) {
    return indexTable.get(index);
  }

  /** Applies one change to the model. */
  public void apply(SchemaChange change) {
    if (change instanceof CreateTable c) {
      Map<String, Column> cols = new LinkedHashMap<>();
      for (ColumnDef d : c.columns()) cols.put(d.name(), new Column(d.name(), d.type(), d.notNull(), d.defaultValue()));
      if (!(c.ifNotExists() && tables.containsKey(c.table()))) tables.put(c.table(), cols);
    } else if (change instanceof DropTable c) {
      tables.remove(c.table());
    } else if (change instanceof RenameTable c) {
      Map<String, Column> cols = tables.remove(c.from());
      if (cols != null) tables.put(c.to(), cols);
    } else if (change instanceof AddColumn c) {
      ColumnDef d = c.column();
      table(c.table()).put(d.name(), new Column(d.name(), d.type(), d.notNull(), d.defaultValue()));
    } else if (change instanceof DropColumn c) {
      Map<String, Column> cols = tables.get(c.table());
      if (cols != null) cols.remove(c.column());
    } else if (change instanceof RenameColumn c) {
      Map<String, Column> cols = tables.get(c.table());
      Column col = cols == null ? null : cols.remove(c.from());
      if (col != null) cols.put(c.to(), new Column(c.to(), col.type(), col.notNull(), col.defaultValue()));
    } else if (change instanceof AlterColumnType c) {
      update(c.table(), c.column(), col -> new Column(col.name(), c.to(), col.notNull(), col.defaultValue()));
    } else if (change instanceof SetNotNull c) {
      update(c.table(), c.column(), col -> new Column(col.name(), col.type(), true, col.defaultValue()));
    } else if (change instanceof DropNotNull c) {
      update(c.table(), c.column(), col -> new Column(col.name(), col.type(), false, col.defaultValue()));
    } else if (change instanceof SetDefault c) {
      update(c.table(), c.column(), col -> new Column(col.name(), col.type(), col.notNull(), c.value()));
    } else if (change instanceof DropDefault c) {
      update(c.table(), c.column(), col -> new Column(col.name(), col.type(), col.notNull(), null));
    } else if (change instanceof CreateIndex c) {
      if (c.name() != null) indexTable.put(c.name(), c.table());
    } else if (change instanceof DropIndex c) {
      indexTable.remove(c.name());
    } else if (change instanceof DropSchema c) {
      String prefix = c.schema() + ".";
      tables.keySet().removeIf(t -> t.startsWith(prefix));
    }
  }

  private Map<String, Column> table(String table) {
    return tables.computeIfAbsent(table, t -> new LinkedHashMap<>());
  }

  private void update(String table, String column, java.util.function.UnaryOperator<Column> f) {
    Map<String, Column> cols = tables.get(table);
    if (cols != null && cols.containsKey(column)) cols.put(column, f.apply(cols.get(column)));
  }
}
