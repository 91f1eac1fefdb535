package dev.onewaydoor.references;

import java.util.Locale;

/**
 * A name to look for in code: a table, or a column of a table. Names are compared without
 * case (SQL folds unquoted identifiers) and a schema prefix is ignored ({@code public.users}
 * is looked for as {@code users}).
 */
public record Target(String table, String column) {

  public Target {
    table = bare(table);
    column = column == null ? "" : bare(column);
    if (table.isEmpty()) throw new IllegalArgumentException("a target needs a table");
  }

  public static Target table(String table) {
    return new Target(table, "");
  }

  public static Target column(String table, String column) {
    return new Target(table, column);
  }

  public boolean isColumn() {
    return !column.isEmpty();
  }

  /** The name code would spell: the column, or the table for a table target. */
  public String name() {
    return isColumn() ? column : table;
  }

  /** {@code reservations.booking_ref} or {@code reservations}. */
  public String label() {
    return isColumn() ? table + "." + column : table;
  }

  private static String bare(String name) {
    String s = name.strip();
    int dot = s.lastIndexOf('.');
    if (dot >= 0) s = s.substring(dot + 1);
    s = s.replace("\"", "").replace("`", "").replace("[", "").replace("]", "");
    return s.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return label();
  }
}
