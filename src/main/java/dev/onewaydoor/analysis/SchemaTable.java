package dev.onewaydoor.analysis;

import dev.onewaydoor.analysis.SchemaModel.Column;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One table of the {@link SchemaModel}: its identity (kept across renames, new when dropped
 * and re-created), its current name and its columns in declaration order.
 */
public final class SchemaTable {
  /** A column with its identity; {@code external} when no migration created it. */
  public record Slot(int id, Column column, boolean external) {
    public Slot with(Column c) {
      return new Slot(id, c, external);
    }
  }

  private final int id;
  private String name;
  private final boolean temporary;
  private final boolean external;
  private final boolean columnsKnown;
  private boolean guessed;
  private final Map<String, Slot> columns = new LinkedHashMap<>();
  /** Indexes on the table by name, with the plain columns each covers where known. */
  private final Map<String, List<String>> indexes = new LinkedHashMap<>();

  SchemaTable(int id, String name, boolean temporary, boolean external, boolean columnsKnown) {
    this.id = id;
    this.name = name;
    this.temporary = temporary;
    this.external = external;
    this.columnsKnown = columnsKnown;
  }

  SchemaTable copy() {
    SchemaTable t = new SchemaTable(id, name, temporary, external, columnsKnown);
    t.guessed = guessed;
    t.columns.putAll(columns);
    t.indexes.putAll(indexes);
    return t;
  }

  public int id() {
    return id;
  }

  public String name() {
    return name;
  }

  void rename(String to) {
    this.name = to;
  }

  /** Created with CREATE TEMPORARY TABLE: gone at the end of the session, never seen by the application. */
  public boolean temporary() {
    return temporary;
  }

  /** No migration created it: a change named it first. */
  public boolean external() {
    return external;
  }

  /**
   * Adopted only because a {@code DROP TABLE IF EXISTS} named it: it may never have existed,
   * so a rollback that does not bring it back restores nothing that was there.
   */
  public boolean guessed() {
    return guessed;
  }

  void markGuessed() {
    this.guessed = true;
  }

  /** False when the table came from CREATE TABLE … AS / LIKE or from outside the history. */
  public boolean columnsKnown() {
    return columnsKnown;
  }

  public Slot slot(String column) {
    return columns.get(column);
  }

  /** The slot with identity {@code id}, whatever its name now, or null. */
  public Slot slotById(int columnId) {
    for (Slot s : columns.values()) if (s.id() == columnId) return s;
    return null;
  }

  public List<Slot> slots() {
    return new ArrayList<>(columns.values());
  }

  /** Index names and the columns each covers. */
  public Map<String, List<String>> indexes() {
    return indexes;
  }

  void addIndex(String name, List<String> indexColumns) {
    indexes.put(name, indexColumns);
  }

  boolean removeIndex(String name) {
    return indexes.remove(name) != null;
  }

  void put(Slot s) {
    columns.put(s.column().name(), s);
  }

  /** Removes a column, and (as PostgreSQL and MySQL do) every index that covers it. */
  Slot remove(String column) {
    indexes.values().removeIf(cols -> cols.contains(column));
    return columns.remove(column);
  }

  /** Renames a column in place, keeping the declaration order. */
  void renameColumn(String from, String to) {
    indexes.replaceAll((index, cols) -> cols.contains(from)
        ? cols.stream().map(c -> c.equals(from) ? to : c).toList() : cols);
    Map<String, Slot> copy = new LinkedHashMap<>(columns);
    columns.clear();
    for (Slot s : copy.values()) {
      Column c = s.column();
      if (c.name().equals(from)) put(s.with(new Column(to, c.type(), c.notNull(), c.defaultValue())));
      else put(s);
    }
  }
}
