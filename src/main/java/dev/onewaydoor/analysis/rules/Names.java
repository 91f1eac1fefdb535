package dev.onewaydoor.analysis.rules;

/** Formatting of SQL names in messages. */
final class Names {
  private Names() {}

  /** Returns the name in backticks, as Markdown and terminals both read well. */
  static String q(String name) {
    return "`" + name + "`";
  }

  static String col(String table, String column) {
    return "`" + table + "." + column + "`";
  }
}
