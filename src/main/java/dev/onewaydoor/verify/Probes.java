package dev.onewaydoor.verify;

import dev.onewaydoor.analysis.Source;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The previous-release probes: for every table of S0, what the release running now could do —
 * a SELECT of all its columns, an INSERT of its required columns, an UPDATE of the columns the
 * change mentions — each in a transaction that is rolled back. Only probes that work on S0
 * count, so a probe that fails after the change fails because of the change.
 */
final class Probes {
  private static final Source HERE = new Source("(probe)", 0, 0, "");
  private static final int PROBE_ROW = 5;

  /** One probe: the SQL that runs and the same SQL as people read it. */
  record Probe(String kind, Snapshot.Table table, List<Snapshot.Column> columns, String sql, String shown) {}

  /** A probe that worked before the change and fails after it. */
  record Broken(Probe probe, Failure failure) {}

  private final DbDialect d;
  private final SampleRows samples;
  private final List<Probe> planned = new ArrayList<>();
  private List<Probe> valid = List.of();

  private Probes(DbDialect d, SampleRows samples) {
    this.d = d;
    this.samples = samples;
  }

  static Probes plan(DbDialect d, Snapshot s0, SampleRows samples, Set<String> names) {
    Probes p = new Probes(d, samples);
    for (Snapshot.Table t : s0.tables().values()) {
      if (Bookkeeping.isToolTable(t.name())) continue;
      p.planned.add(p.select(t, t.columns()));
      List<Snapshot.Column> required = new ArrayList<>();
      for (Snapshot.Column c : t.columns()) if (c.required()) required.add(c);
      Probe insert = p.insert(t, required);
      if (insert != null) p.planned.add(insert);
      List<Snapshot.Column> writable = new ArrayList<>();
      for (Snapshot.Column c : t.columns()) {
        if (!c.generated() && !t.primaryKey().contains(c.name()) && d.literal(c, PROBE_ROW + 1) != null) writable.add(c);
      }
      List<Snapshot.Column> updated = new ArrayList<>();
      for (Snapshot.Column c : writable) if (names.contains(c.name().toLowerCase(java.util.Locale.ROOT))) updated.add(c);
      if (updated.isEmpty() && !writable.isEmpty()) updated.add(writable.get(0));
      for (Snapshot.Column c : updated) p.planned.add(p.update(t, c));
    }
    return p;
  }

  int planned() {
    return planned.size();
  }

  int valid() {
    return valid.size();
  }

  /** Runs every probe on S0 and keeps those that work there. */
  void baseline(Runner r) throws OutOfBudget {
    List<Probe> ok = new ArrayList<>();
    for (Probe p : planned) if (r.rolledBack(HERE, p.sql()) == null) ok.add(p);
    valid = ok;
  }

  /** Runs the valid probes after the change: each failure, a missing column named once. */
  List<Broken> after(Runner r) throws OutOfBudget {
    List<Broken> out = new ArrayList<>();
    Set<String> goneTables = new HashSet<>();
    Set<String> goneColumns = new HashSet<>();
    for (Probe p : valid) {
      String t = p.table().name();
      if (goneTables.contains(t)) continue;
      Probe run = p;
      if (p.kind().equals("insert")) {
        List<Snapshot.Column> left = new ArrayList<>(p.columns());
        left.removeIf(c -> goneColumns.contains(t + "." + c.name()));
        if (left.size() != p.columns().size()) run = insert(p.table(), left);
      } else if (p.kind().equals("update") && goneColumns.contains(t + "." + p.columns().get(0).name())) {
        continue;
      }
      Failure f = r.rolledBack(HERE, run.sql());
      if (f == null) continue;
      if (p.kind().equals("select")) {
        if (undefinedTable(f)) {
          goneTables.add(t);
          out.add(new Broken(p, f));
          continue;
        }
        int before = out.size();
        for (Snapshot.Column c : p.columns()) {
          Probe one = select(p.table(), List.of(c));
          Failure g = r.rolledBack(HERE, one.sql());
          if (g == null) continue;
          goneColumns.add(t + "." + c.name());
          out.add(new Broken(one, g));
        }
        if (out.size() > before) continue;
      }
      out.add(new Broken(run, f));
    }
    return out;
  }

  private boolean undefinedTable(Failure f) {
    return "42P01".equals(f.sqlState()) || "42S02".equals(f.sqlState());
  }

  private Probe select(Snapshot.Table t, List<Snapshot.Column> cols) {
    Function<Boolean, String> sql = shown -> "SELECT " + names(cols, shown) + " FROM " + table(t, shown);
    return new Probe("select", t, cols, sql.apply(false) + " LIMIT 0", sql.apply(true));
  }

  /** Null when a required column takes no value we can make. */
  private Probe insert(Snapshot.Table t, List<Snapshot.Column> cols) {
    List<String> values = new ArrayList<>();
    for (Snapshot.Column c : cols) {
      String v = c.ref() != null ? SampleRows.reference(d, c, 0) : d.literal(c, PROBE_ROW);
      if (v == null) return null;
      values.add(v);
    }
    Function<Boolean, String> sql = shown -> "INSERT INTO " + table(t, shown) + (cols.isEmpty()
        ? (d.id().equals("postgresql") ? " DEFAULT VALUES" : " () VALUES ()")
        : " (" + names(cols, shown) + ") VALUES (" + String.join(", ", values) + ")");
    return new Probe("insert", t, cols, sql.apply(false), sql.apply(true));
  }

  private Probe update(Snapshot.Table t, Snapshot.Column c) {
    String where = "";
    SampleRows.Table s = samples.tables().get(t.name());
    if (s != null && !s.rows().isEmpty()) {
      Map<String, String> row = s.rows().get(0);
      List<String> keys = new ArrayList<>();
      for (String k : t.primaryKey()) keys.add(d.quote(k) + " = " + d.string(String.valueOf(row.get(k))));
      where = " WHERE " + String.join(" AND ", keys);
    }
    String w = where;
    String value = d.literal(c, PROBE_ROW + 1);
    Function<Boolean, String> sql = shown -> "UPDATE " + table(t, shown) + " SET " + name(c.name(), shown) + " = "
        + value + w;
    return new Probe("update", t, List.of(c), sql.apply(false), sql.apply(true));
  }

  private String names(List<Snapshot.Column> cols, boolean shown) {
    List<String> out = new ArrayList<>();
    for (Snapshot.Column c : cols) out.add(name(c.name(), shown));
    return String.join(", ", out);
  }

  private String table(Snapshot.Table t, boolean shown) {
    return shown ? t.name() : t.sql();
  }

  /** Quoted to run; as people write it ({@code booking_ref}) to show, quoted only when it must be. */
  private String name(String name, boolean shown) {
    return shown && name.matches("[a-z_][a-z0-9_]*") ? name : d.quote(name);
  }
}
