package dev.onewaydoor.sql;

import dev.onewaydoor.analysis.SchemaChange;
import dev.onewaydoor.analysis.SchemaChange.RawUnknown;
import dev.onewaydoor.analysis.Source;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Spots destructive keywords in text that cannot be analysed: a statement nobody understood
 * that mentions DROP, RENAME, TRUNCATE, DELETE or ALTER … TYPE must not pass silently.
 */
public final class DestructiveWords {
  private static final Pattern WORDS = Pattern.compile(
      "(?is)\\b(DROP|RENAME|TRUNCATE|DELETE)\\b|\\bALTER\\b.{0,400}?\\bTYPE\\b");

  private DestructiveWords() {}

  /** True when {@code text} contains a destructive keyword. */
  public static boolean in(String text) {
    return WORDS.matcher(text).find();
  }

  /** A PostgreSQL {@code DO} block runs procedural code: harmless unless its body destroys. */
  static List<SchemaChange> doBlock(Statement st, Source src) {
    if (!in(st.text())) return List.of();
    return List.of(new RawUnknown(src, "a DO block runs procedural code that cannot be analysed statically",
        true));
  }

  /** {@code WITH … SELECT/INSERT} is harmless; a data-modifying CTE needs the full parser. */
  static List<SchemaChange> dataModifyingCte(Statement st, Source src) {
    for (Token t : st.tokens()) {
      if (t.is("DELETE") || t.is("UPDATE") || t.is("TRUNCATE") || t.is("DROP")) return null;
    }
    return List.of();
  }
}
