package dev.onewaydoor.sql;

import dev.onewaydoor.analysis.ColumnDef;
import dev.onewaydoor.analysis.ColumnType;
import dev.onewaydoor.sql.Token.Kind;
import java.util.List;
import java.util.Set;

/**
 * Reads a column definition ({@code name type [constraints]}) from tokens: the type runs
 * until the first column-constraint keyword; NOT NULL, PRIMARY KEY, DEFAULT, identity,
 * generated and auto-increment clauses are recognised.
 */
final class ColumnDefParser {
  private static final Set<String> CONSTRAINT_WORDS = Set.of(
      "NOT", "NULL", "DEFAULT", "PRIMARY", "UNIQUE", "REFERENCES", "CHECK", "CONSTRAINT", "COLLATE",
      "GENERATED", "AUTO_INCREMENT", "AUTOINCREMENT", "COMMENT", "ON", "AFTER", "FIRST", "CHARSET",
      "VISIBLE", "INVISIBLE", "STORED", "VIRTUAL", "AS", "USING", "KEY", "COMPRESSION", "STORAGE");

  private ColumnDefParser() {}

  /** Parses {@code tokens} starting at a column name; returns null when no name comes first. */
  static ColumnDef parse(List<Token> tokens) {
    if (tokens.isEmpty() || !tokens.get(0).isName()) return null;
    String name = tokens.get(0).identifier();
    int i = 1;
    int depth = 0;
    StringBuilder type = new StringBuilder();
    for (; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (depth == 0 && isConstraintStart(tokens, i)) break;
      if (t.kind() == Kind.LPAREN) depth++;
      if (t.kind() == Kind.RPAREN) depth--;
      appendTypeToken(type, t);
    }
    String rawType = type.toString();
    boolean notNull = false;
    String defaultValue = null;
    String lowerType = rawType.toLowerCase(java.util.Locale.ROOT);
    if (lowerType.endsWith("serial") || lowerType.equals("serial8") || lowerType.equals("serial4")
        || lowerType.equals("serial2")) {
      defaultValue = "nextval()";
      notNull = true;
    }
    depth = 0;
    for (; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind() == Kind.LPAREN) depth++;
      if (t.kind() == Kind.RPAREN) depth--;
      if (depth != 0) continue;
      if (t.is("NOT") && next(tokens, i, "NULL")) { notNull = true; i++; continue; }
      if (t.is("PRIMARY") && next(tokens, i, "KEY")) { notNull = true; i++; continue; }
      if (t.is("DEFAULT")) { defaultValue = defaultText(tokens, i + 1); continue; }
      if (t.is("GENERATED") || t.is("AUTO_INCREMENT") || t.is("AUTOINCREMENT")
          || (t.is("AS") && i + 1 < tokens.size() && tokens.get(i + 1).kind() == Kind.LPAREN)) {
        if (defaultValue == null) defaultValue = "generated";
      }
    }
    return new ColumnDef(name, ColumnType.normalize(rawType), notNull, defaultValue);
  }

  private static boolean isConstraintStart(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (t.kind() != Kind.WORD) return false;
    if (t.is("CHARACTER")) return next(tokens, i, "SET");
    return CONSTRAINT_WORDS.contains(t.upper());
  }

  private static boolean next(List<Token> tokens, int i, String word) {
    return i + 1 < tokens.size() && tokens.get(i + 1).is(word);
  }

  private static String defaultText(List<Token> tokens, int from) {
    StringBuilder sb = new StringBuilder();
    int depth = 0;
    for (int i = from; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (depth == 0 && i > from && isConstraintStart(tokens, i) && !t.is("NULL")) break;
      if (t.kind() == Kind.LPAREN) depth++;
      if (t.kind() == Kind.RPAREN) depth--;
      if (sb.length() > 0 && t.kind() != Kind.RPAREN && t.kind() != Kind.LPAREN) sb.append(' ');
      sb.append(t.text());
    }
    String value = sb.toString();
    return value.equalsIgnoreCase("NULL") ? null : value;
  }

  private static void appendTypeToken(StringBuilder type, Token t) {
    boolean tight = t.kind() == Kind.LPAREN || t.kind() == Kind.RPAREN || t.kind() == Kind.COMMA
        || type.length() == 0 || type.charAt(type.length() - 1) == '(' || t.text().equals("[")
        || t.text().equals("]");
    if (!tight) type.append(' ');
    type.append(t.kind() == Kind.WORD ? t.text().toLowerCase(java.util.Locale.ROOT) : t.text());
  }
}
