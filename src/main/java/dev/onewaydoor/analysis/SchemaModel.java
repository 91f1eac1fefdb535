package dev.onewaydoor.analysis;

import dev.onewaydoor.analysis.SchemaChange.*;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The schema as the migration history leaves it, replayed change by change: tables and
 * columns with their types, nullability and defaults, and an identity for each that survives
 * renames, so a release can be judged by what it does in the end (a column renamed, or
 * dropped and re-added empty) rather than statement by statement.
 *
 * <p>Objects no migration created (history that starts mid-way, tables made outside the
 * history) are adopted as <em>external</em> when a change first names them. During a release
 * the model is linked to the snapshot taken before it, which adopts them too, so the
 * comparison of before and after sees them.
 */
public final class SchemaModel {
  /** A column's shape. {@code type} is null when no migration says what it is. */
  public record Column(String name, String type, boolean notNull, String defaultValue) {
    public boolean hasDefault() {
      return defaultValue != null;
    }
  }

  final Map<String, SchemaTable> tables;
  /** Identities of user-defined types that were renamed, so a renamed enum is still the same type. */
  final Map<String, Integer> typeIds;
  private final int[] nextId;
  /** Tables this model may change in place; the others are shared with copies (copy on write). */
  private final Set<SchemaTable> owned = Collections.newSetFromMap(new IdentityHashMap<>());
  private List<SchemaModel> origins = List.of();
  private List<Journal> journals = List.of();

  public SchemaModel() {
    this(new HashMap<>(), new HashMap<>(), new int[] {1});
  }

  private SchemaModel(Map<String, SchemaTable> tables, Map<String, Integer> typeIds, int[] nextId) {
    this.tables = tables;
    this.typeIds = typeIds;
    this.nextId = nextId;
  }

  /**
   * An independent copy sharing the identity counter, so identities stay unique across copies.
   * Tables are shared until one side changes them: releases copy the model several times each.
   */
  public SchemaModel copy() {
    owned.clear();
    return new SchemaModel(new HashMap<>(tables), new HashMap<>(typeIds), nextId);
  }

  /** The table {@code t} as this model may change it: cloned first when it is shared with a copy. */
  SchemaTable mutable(SchemaTable t) {
    if (owned.contains(t)) return t;
    SchemaTable clone = t.copy();
    tables.put(clone.name(), clone);
    owned.add(clone);
    return clone;
  }

  /** Adds a table this model made. */
  void putNew(SchemaTable t) {
    tables.put(t.name(), t);
    owned.add(t);
  }

  /**
   * Starts recording into {@code journals}; objects adopted from now on are also adopted by
   * {@code befores}, the snapshots this model is compared with. Pass empty lists to stop.
   */
  public void record(List<SchemaModel> befores, List<Journal> journals) {
    this.origins = List.copyOf(befores);
    this.journals = List.copyOf(journals);
  }

  /** Returns true when some migration created {@code table} (or a change named it) and none dropped it since. */
  public boolean hasTable(String table) {
    return tables.containsKey(table);
  }

  /** The table named {@code name}, or null. */
  public SchemaTable table(String name) {
    return tables.get(name);
  }

  /** The table with identity {@code id}, whatever its name now, or null. */
  public SchemaTable tableById(int id) {
    for (SchemaTable t : tables.values()) if (t.id() == id) return t;
    return null;
  }

  public Collection<SchemaTable> tables() {
    return tables.values();
  }

  /** Returns the column, or null when the table or column is not known. */
  public Column column(String table, String column) {
    SchemaTable t = tables.get(table);
    SchemaTable.Slot s = t == null ? null : t.slot(column);
    return s == null ? null : s.column();
  }

  /** Returns the table an index is on, or null. */
  public String indexTable(String index) {
    for (SchemaTable t : tables.values()) if (t.indexes().containsKey(index)) return t.name();
    return null;
  }

  /**
   * True when {@code a} (a type in {@code before}) and {@code b} (in {@code after}) are the same
   * type: spelled the same, or one user-defined type under a new name.
   */
  public static boolean sameType(SchemaModel before, String a, SchemaModel after, String b) {
    if (a == null || b == null || a.equals(b)) return true;
    Integer x = before.typeIds.get(a);
    return x != null && x.equals(after.typeIds.get(b));
  }

  /** ALTER TYPE … RENAME TO: the type keeps its identity, and its columns follow it. */
  void renameType(String from, String to) {
    Integer id = typeIds.remove(from);
    if (id == null) {
      id = newId();
      for (SchemaModel o : origins) o.typeIds.putIfAbsent(from, id);
    }
    typeIds.put(to, id);
    for (SchemaTable t : new java.util.ArrayList<>(tables.values())) {
      for (SchemaTable.Slot s : t.slots()) {
        Column c = s.column();
        if (c.type() == null || !(c.type().equals(from) || c.type().equals(from + "[]"))) continue;
        String type = c.type().equals(from) ? to : to + "[]";
        mutable(t).put(s.with(new Column(c.name(), type, c.notNull(), c.defaultValue())));
      }
    }
  }

  int newId() {
    return nextId[0]++;
  }

  /** Applies one change to the model. */
  public void apply(SchemaChange change) {
    ModelUpdate.apply(this, change);
  }

  void logRoutineWrites(String table, String column, Source at) {
    for (Journal j : journals) j.routineWrites(table, column, at);
  }

  void log(Journal.Kind kind, int id, int other, Source at) {
    for (Journal j : journals) j.add(kind, id, other, at);
  }

  /**
   * The table named {@code name}, ready to change, adopting it as external (columns unknown)
   * when no migration made it.
   */
  SchemaTable tableOrAdopt(String name) {
    return tableOrAdopt(name, false);
  }

  /** As {@link #tableOrAdopt(String)}; {@code guessed} when only a DROP … IF EXISTS names it. */
  SchemaTable tableOrAdopt(String name, boolean guessed) {
    SchemaTable t = tables.get(name);
    if (t != null) return mutable(t);
    t = new SchemaTable(newId(), name, false, true, false);
    if (guessed) t.markGuessed();
    putNew(t);
    for (SchemaModel o : origins) {
      if (!o.tables.containsKey(name)) o.tables.put(name, t.copy());
    }
    return t;
  }

  /** The column of {@code t}, adopting it as external when no migration made it. */
  SchemaTable.Slot slotOrAdopt(SchemaTable t, String column) {
    SchemaTable.Slot s = t.slot(column);
    if (s != null) return s;
    s = new SchemaTable.Slot(newId(), new Column(column, null, false, null), true);
    t.put(s);
    for (SchemaModel o : origins) {
      SchemaTable before = o.tableById(t.id());
      if (before != null && before.slot(column) == null) o.mutable(before).put(s);
    }
    return s;
  }
}
