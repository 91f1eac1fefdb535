package dev.onewaydoor.sql;

import dev.onewaydoor.analysis.SchemaChange;
import dev.onewaydoor.analysis.SchemaChange.DestructiveWord;
import dev.onewaydoor.analysis.SchemaChange.RawUnknown;
import dev.onewaydoor.analysis.Source;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spots destructive keywords in code that cannot be analysed: a statement nobody understood
 * whose code says DROP, RENAME, TRUNCATE, DELETE or ALTER … TYPE must not pass silently.
 * Only code counts — words in comments and string literals do not — but the bodies of
 * dollar-quoted functions and DO blocks are code, and are read as such.
 */
public final class DestructiveWords {
  private static final Pattern WORDS = Pattern.compile(
      "(?is)\\b(DROP|RENAME|TRUNCATE|DELETE)\\b|\\b(ALTER)\\b.{0,400}?\\bTYPE\\b");
  /** How far after ALTER a TYPE still belongs to it. */
  private static final int ALTER_REACH = 40;

  private DestructiveWords() {}

  /** The first destructive word in the code of {@code st}, with its file line, or null. */
  static DestructiveWord in(Statement st, Source src) {
    return scan(st.tokens(), src.line() - st.line(), 0);
  }

  private static DestructiveWord scan(List<Token> tokens, int lineShift, int depth) {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind() == Token.Kind.STRING && t.text().startsWith("$") && depth < 4) {
        DestructiveWord inner = scan(DollarBodies.of(t), lineShift + t.line() - 1, depth + 1);
        if (inner != null) return inner;
        continue;
      }
      if (t.kind() == Token.Kind.STRING && dynamicSql(tokens, i)) {
        // EXECUTE 'DROP TABLE ' || x: the string is code run later.
        DestructiveWord inner = inText(t.text());
        if (inner != null) return new DestructiveWord(inner.word(), inner.line() + t.line() - 1 + lineShift);
        continue;
      }
      if (t.kind() == Token.Kind.UNTERMINATED) {
        // Whether the rest is a string or code misread as one cannot be told: read it as code.
        DestructiveWord inner = inText(t.text());
        if (inner != null) return new DestructiveWord(inner.word(), inner.line() + t.line() - 1 + lineShift);
        continue;
      }
      if (t.kind() != Token.Kind.WORD) continue;
      String w = t.upper();
      if (w.equals("DROP") || w.equals("RENAME") || w.equals("TRUNCATE") || w.equals("DELETE")) {
        return new DestructiveWord(w, t.line() + lineShift);
      }
      if (w.equals("ALTER") && typeFollows(tokens, i)) return new DestructiveWord("ALTER … TYPE", t.line() + lineShift);
    }
    return null;
  }

  /** A string that EXECUTE runs, or the pattern of a {@code format(…)} that builds such SQL. */
  private static boolean dynamicSql(List<Token> tokens, int i) {
    Token prev = i > 0 ? tokens.get(i - 1) : null;
    if (prev == null) return false;
    if (prev.is("EXECUTE") || prev.is("IMMEDIATE")) return true;
    return prev.kind() == Token.Kind.LPAREN && i > 1 && tokens.get(i - 2).is("format");
  }

  private static boolean typeFollows(List<Token> tokens, int alter) {
    for (int j = alter + 1; j < tokens.size() && j <= alter + ALTER_REACH; j++) {
      Token t = tokens.get(j);
      if (t.kind() == Token.Kind.END) return false;
      if (t.is("TYPE")) return true;
    }
    return false;
  }


  /** The first destructive word in raw text (a file that is not text), with its line, or null. */
  public static DestructiveWord inText(String text) {
    Matcher m = WORDS.matcher(text);
    if (!m.find()) return null;
    int line = 1;
    for (int i = 0; i < m.start(); i++) if (text.charAt(i) == '\n') line++;
    String word = m.group(1) != null ? m.group(1).toUpperCase(Locale.ROOT) : "ALTER … TYPE";
    return new DestructiveWord(word, line);
  }

  /** A PostgreSQL {@code DO} block runs procedural code: harmless unless its code destroys. */
  static List<SchemaChange> doBlock(Statement st, Source src) {
    DestructiveWord w = in(st, src);
    if (w == null) return List.of();
    return List.of(new RawUnknown(src, "a DO block runs procedural code that cannot be analysed statically", w));
  }

}
