package dev.onewaydoor.verify;

import dev.onewaydoor.analysis.Source;
import java.util.List;
import java.util.Locale;

/**
 * Which statement of the change a verified finding points at: the last up statement that names
 * the table and the column, else the last that names the table, else the first statement of
 * the change. Names are compared as the tokenizer folds them.
 */
final class Culprits {
  private Culprits() {}

  /**
   * As {@link #of(List, String, String)}, with a column to try first: one the server's error
   * names in double quotes ({@code null value in column "confirmation_code"}) and the change
   * mentions.
   */
  static Source of(List<Script> ups, String table, String column, String error) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([^\"]+)\"").matcher(error == null ? "" : error);
    while (m.find()) {
      String named = m.group(1).toLowerCase(Locale.ROOT);
      if (named.equals(simple(table))) continue;
      for (Script s : ups) {
        for (Script.Step st : s.steps()) {
          if (st.names().contains(named) && st.names().contains(simple(table))) return of(ups, table, named);
        }
      }
    }
    return of(ups, table, column);
  }

  static Source of(List<Script> ups, String table, String column) {
    String t = simple(table);
    String c = column == null ? "" : column.toLowerCase(Locale.ROOT);
    Source byTable = null;
    for (int i = ups.size() - 1; i >= 0; i--) {
      List<Script.Step> steps = ups.get(i).steps();
      for (int j = steps.size() - 1; j >= 0; j--) {
        Script.Step s = steps.get(j);
        if (!s.names().contains(t)) continue;
        if (c.isEmpty() || s.names().contains(c)) return s.at();
        if (byTable == null) byTable = s.at();
      }
    }
    return byTable != null ? byTable : first(ups);
  }

  static Source first(List<Script> scripts) {
    for (Script s : scripts) if (!s.isEmpty()) return s.steps().get(0).at();
    return scripts.isEmpty() ? Source.file("") : Source.file(scripts.get(0).file());
  }

  static String simple(String table) {
    return table.substring(table.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
  }
}
