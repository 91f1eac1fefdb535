package dev.onewaydoor.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The catalog at one step (S0 before the change, S1 after its ups, S2 after its downs, S3 after
 * the ups again): every object as a key ({@code column reservations.fax_number}) and its
 * definition, for comparing; and the tables with their columns, for sample rows and probes.
 */
record Snapshot(SortedMap<String, String> objects, Map<String, Table> tables) {

  /**
   * A table: the name people read ({@code schema.table} outside the default schema), the
   * quoted name for SQL, its columns in order, and its primary key.
   */
  record Table(String name, String sql, List<Column> columns, List<String> primaryKey) {
    Column column(String name) {
      for (Column c : columns) if (c.name().equals(name)) return c;
      return null;
    }
  }

  /**
   * A column and what it takes to write a valid value into it.
   *
   * @param generated the database fills it (identity, serial, auto_increment, generated)
   * @param kind what values it takes: int, decimal, text, bool, date, timestamp, time, year,
   *     interval, uuid, json, bytes, inet, enum, array, other
   * @param length the maximum length of a text column, 0 when unbounded
   * @param labels the values of an enum column
   * @param ref the referenced table and column of a single-column foreign key, or null
   */
  record Column(String name, String type, boolean notNull, boolean hasDefault, boolean generated, String kind,
      int length, List<String> labels, String[] ref) {

    boolean required() {
      return notNull && !hasDefault && !generated;
    }
  }

  /** An object that differs: its key, its definition as expected and as found (null: absent). */
  record Difference(String object, String expected, String found) {
    /** The table it belongs to: {@code column t.c}, {@code index t.i} … give {@code t}. */
    String table() {
      String name = object.substring(object.indexOf(' ') + 1);
      if (object.startsWith("table ")) return name;
      int dot = name.lastIndexOf('.');
      return object.startsWith("column ") || object.startsWith("constraint ") || object.startsWith("index ")
          || object.startsWith("trigger ") ? (dot < 0 ? name : name.substring(0, dot)) : "";
    }

    String describe() {
      String what = "`" + object.substring(object.indexOf(' ') + 1) + "`";
      String kind = object.substring(0, object.indexOf(' '));
      if (found == null) return kind + " " + what + " is missing (expected " + expected + ")";
      if (expected == null) return kind + " " + what + " should not be there (found " + found + ")";
      return kind + " " + what + " is " + found + ", expected " + expected;
    }
  }

  /** What {@code found} has that differs from this snapshot, in key order. */
  List<Difference> diff(Snapshot found) {
    List<Difference> out = new ArrayList<>();
    TreeMap<String, String> keys = new TreeMap<>(objects);
    keys.putAll(found.objects);
    for (String key : keys.keySet()) {
      String a = objects.get(key);
      String b = found.objects.get(key);
      if (a == null || !a.equals(b)) out.add(new Difference(key, a, b));
    }
    return out;
  }
}
