package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.analysis.Source;
import java.util.List;

/** Formatting of SQL names and statement positions in messages. */
final class Names {
  private Names() {}

  /** Returns the name in backticks, as Markdown and terminals both read well. */
  static String q(String name) {
    return "`" + name + "`";
  }

  static String col(String table, String column) {
    return "`" + table + "." + column + "`";
  }

  /** {@code file:line} of a statement, or just {@code line N} when it is in {@code sameFile}. */
  static String at(Source s, String sameFile) {
    return s.file().equals(sameFile) ? "line " + s.line() : s.file() + ":" + s.line();
  }

  /** "(line 2 creates it; line 4 drops the old table)"-style trail of the other causes, or empty. */
  static String trail(List<Source> causes, String... roles) {
    if (causes.size() < 2) return "";
    StringBuilder sb = new StringBuilder(" (");
    String file = causes.get(0).file();
    for (int i = 1; i < causes.size(); i++) {
      if (i > 1) sb.append("; ");
      sb.append("see ").append(at(causes.get(i), file));
      if (i - 1 < roles.length) sb.append(": ").append(roles[i - 1]);
    }
    return sb.append(')').toString();
  }
}
