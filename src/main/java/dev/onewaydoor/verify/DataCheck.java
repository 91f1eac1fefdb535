package dev.onewaydoor.verify;

import dev.onewaydoor.analysis.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * After the down migration: reads the sample rows back by primary key and says which did not
 * come back as written: rows gone, columns back but NULL, columns holding other values.
 */
final class DataCheck {
  private static final Source HERE = new Source("(sample rows)", 0, 0, "");

  /** What was lost in one table, or one column of it ({@code column} empty for whole rows). */
  record Loss(String table, String column, String what) {}

  private DataCheck() {}

  static List<Loss> after(Runner r, SampleRows samples, Snapshot s2) throws OutOfBudget {
    List<Loss> out = new ArrayList<>();
    DbDialect d = r.dialect();
    for (SampleRows.Table sampled : samples.tables().values()) {
      Snapshot.Table t = s2.tables().get(sampled.table().name());
      if (t == null || sampled.rows().isEmpty()) continue; // a missing table is a schema difference
      if (!sampled.table().primaryKey().stream().allMatch(k -> t.column(k) != null)) continue;
      List<String> cols = new ArrayList<>();
      for (Snapshot.Column c : sampled.table().columns()) if (t.column(c.name()) != null) cols.add(c.name());
      int gone = 0;
      Map<String, int[]> nulled = new LinkedHashMap<>();
      Map<String, String> changed = new LinkedHashMap<>();
      Map<String, int[]> changedCount = new LinkedHashMap<>();
      for (Map<String, String> row : sampled.rows()) {
        List<String> select = new ArrayList<>();
        cols.forEach(c -> select.add(d.quote(c)));
        List<String> where = new ArrayList<>();
        for (String k : sampled.table().primaryKey()) where.add(d.quote(k) + " = " + d.string(String.valueOf(row.get(k))));
        Runner.Rows found = r.rows(HERE, "SELECT " + String.join(", ", select) + " FROM " + t.sql() + " WHERE "
            + String.join(" AND ", where));
        if (found.failure() != null || found.rows().isEmpty()) {
          gone++;
          continue;
        }
        List<String> now = found.rows().get(0);
        for (int i = 0; i < cols.size(); i++) {
          String wrote = row.get(cols.get(i));
          String is = now.get(i);
          if (Objects.equals(wrote, is)) continue;
          if (wrote != null && is == null) {
            nulled.computeIfAbsent(cols.get(i), c -> new int[1])[0]++;
          } else {
            changedCount.computeIfAbsent(cols.get(i), c -> new int[1])[0]++;
            changed.putIfAbsent(cols.get(i), "wrote " + show(wrote) + ", found " + show(is));
          }
        }
      }
      int n = sampled.rows().size();
      String name = t.name();
      if (gone > 0) out.add(new Loss(name, "", gone + " of " + n + " sample rows in `" + name + "` are gone"));
      int present = n - gone;
      nulled.forEach((c, k) -> out.add(new Loss(name, c, "`" + name + "." + c + "` is back but NULL in " + k[0] + " of "
          + present + " sample rows")));
      changedCount.forEach((c, k) -> out.add(new Loss(name, c, "`" + name + "." + c + "` holds other values in " + k[0]
          + " of " + present + " sample rows (" + changed.get(c) + ")")));
    }
    return out;
  }

  private static String show(String v) {
    return v == null ? "NULL" : "'" + (v.length() > 40 ? v.substring(0, 40) + "…" : v) + "'";
  }
}
