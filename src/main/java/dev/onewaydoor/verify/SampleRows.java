package dev.onewaydoor.verify;

import dev.onewaydoor.analysis.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A few generated rows in each table the change touches, written before the up migration and
 * recorded (every column as text, keyed by the primary key), so that after the down migration
 * we can say which values came back. Values fit the column's type, length and NOT NULL; a
 * single-column foreign key takes a row of the referenced table, which gets sample rows first.
 * A table whose rows cannot be made is skipped with a note, never guessed.
 */
final class SampleRows {
  static final int ROWS = 3;
  private static final Source HERE = new Source("(sample rows)", 0, 0, "");

  /**
   * The rows written to one table, and as recorded: column → text value (null for NULL).
   * MySQL has no {@code INSERT … RETURNING}: its rows are written but not recorded.
   */
  record Table(Snapshot.Table table, int written, List<Map<String, String>> rows) {}

  private final Map<String, Table> tables = new LinkedHashMap<>();
  private final List<String> notes = new ArrayList<>();

  Map<String, Table> tables() {
    return tables;
  }

  List<String> notes() {
    return notes;
  }

  int count() {
    return tables.values().stream().mapToInt(Table::written).sum();
  }

  /** "3 sample rows in reservations", or "5 sample rows (3 in a, 2 in b)", for messages. */
  String describe() {
    if (tables.size() == 1) {
      Table t = tables.values().iterator().next();
      return t.written() + " sample rows in " + t.table().name();
    }
    List<String> parts = new ArrayList<>();
    tables.values().forEach(t -> parts.add(t.written() + " in " + t.table().name()));
    return count() + " sample rows (" + String.join(", ", parts) + ")";
  }

  static SampleRows insert(Runner r, Snapshot s0, Set<String> touched) throws OutOfBudget {
    SampleRows out = new SampleRows();
    for (Snapshot.Table t : withParents(s0, touched)) {
      List<String> columns = new ArrayList<>();
      List<List<String>> values = new ArrayList<>();
      String missing = out.values(r.dialect(), t, columns, values);
      if (missing != null) {
        out.notes.add(t.name() + ": no sample rows (" + missing + ")");
        continue;
      }
      List<Map<String, String>> rows = new ArrayList<>();
      int written = 0;
      for (List<String> v : values) {
        String sql = "INSERT INTO " + t.sql() + " (" + String.join(", ", columns) + ") VALUES (" + String.join(", ", v) + ")";
        String returning = r.dialect().returning(allColumns(r.dialect(), t));
        Runner.Rows result = returning == null ? new Runner.Rows(List.of(), r.exec(HERE, sql)) : r.rows(HERE, sql + returning);
        if (result.failure() != null) {
          out.notes.add(t.name() + ": sample row refused (" + result.failure().error() + ")");
          break;
        }
        written++;
        for (List<String> row : result.rows()) {
          Map<String, String> m = new LinkedHashMap<>();
          for (int i = 0; i < t.columns().size(); i++) m.put(t.columns().get(i).name(), row.get(i));
          rows.add(m);
        }
      }
      if (written > 0) out.tables.put(t.name(), new Table(t, written, List.copyOf(rows)));
    }
    return out;
  }

  /** Fills the column list and one value list per row; returns why not, or null. */
  private String values(DbDialect d, Snapshot.Table t, List<String> columns, List<List<String>> values) {
    if (t.primaryKey().isEmpty()) return "no primary key to find them again";
    for (int row = 0; row < ROWS; row++) values.add(new ArrayList<>());
    for (Snapshot.Column c : t.columns()) {
      if (c.generated()) continue;
      List<String> vs = new ArrayList<>();
      for (int row = 0; row < ROWS; row++) {
        String v = c.ref() != null ? reference(d, c, row) : d.literal(c, row);
        if (v == null) break;
        vs.add(v);
      }
      if (vs.size() < ROWS) {
        if (c.required()) return "no value known for " + c.name() + " " + c.type();
        continue;
      }
      columns.add(d.quote(c.name()));
      for (int row = 0; row < ROWS; row++) values.get(row).add(vs.get(row));
    }
    return columns.isEmpty() ? "no column to write" : null;
  }

  /**
   * A value of the referenced column: the {@code row}-th row of the referenced table (so that
   * rows differ where a unique key spans foreign keys), else its first row.
   */
  static String reference(DbDialect d, Snapshot.Column c, int row) {
    String select = "SELECT " + d.quote(c.ref()[1]) + " FROM " + d.quote(qualified(d, c.ref()[0])) + " ORDER BY 1 LIMIT 1";
    return "COALESCE((" + select + " OFFSET " + row + "), (" + select + "))";
  }

  private static String qualified(DbDialect d, String table) {
    return d.id().equals("postgresql") && !table.contains(".") ? "public." + table : table;
  }

  private static String allColumns(DbDialect d, Snapshot.Table t) {
    List<String> cols = new ArrayList<>();
    for (Snapshot.Column c : t.columns()) cols.add(d.quote(c.name()));
    return String.join(", ", cols);
  }

  /** The touched tables, after the tables their foreign keys reference (those get rows first). */
  private static List<Snapshot.Table> withParents(Snapshot s0, Set<String> touched) {
    Set<String> ordered = new LinkedHashSet<>();
    for (String name : touched) visit(s0, name, ordered, new LinkedHashSet<>());
    List<Snapshot.Table> out = new ArrayList<>();
    for (String name : ordered) out.add(s0.tables().get(name));
    return out;
  }

  private static void visit(Snapshot s0, String name, Set<String> ordered, Set<String> visiting) {
    Snapshot.Table t = s0.tables().get(name);
    if (t == null || ordered.contains(name) || !visiting.add(name)) return;
    for (Snapshot.Column c : t.columns()) {
      if (c.ref() != null && c.notNull() && !c.ref()[0].equals(name)) visit(s0, c.ref()[0], ordered, visiting);
    }
    ordered.add(name);
  }
}
