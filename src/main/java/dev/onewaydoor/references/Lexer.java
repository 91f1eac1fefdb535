package dev.onewaydoor.references;

/**
 * Finds the string literals and comments of a file, over its bytes (the syntax that matters
 * is ASCII). It is run only on files that contain a name being looked for, and it never
 * fails: an unterminated literal ends at the end of its line (or of the file for kinds that
 * may span lines), so one odd construct cannot swallow a file.
 */
final class Lexer {
  private final byte[] b;
  private final int n;
  private final Language lang;
  private final Spans spans = new Spans();

  private Lexer(byte[] b, int n, Language lang) {
    this.b = b;
    this.n = n;
    this.lang = lang;
  }

  static Spans lex(byte[] bytes, int length, Language lang) {
    Lexer l = new Lexer(bytes, length, lang);
    l.run();
    return l.spans;
  }

  private void run() {
    int i = 0;
    while (i < n) {
      int c = b[i];
      int next = i + 1 < n ? b[i + 1] : 0;
      int end;
      if (lang.cComments() && c == '/' && next == '/') end = comment(i, lineEnd(i));
      else if (lang.cComments() && c == '/' && next == '*') end = comment(i, after(i + 2, "*/"));
      else if (lang.hashComments() && c == '#') end = comment(i, lineEnd(i));
      else if (lang == Language.SQL && c == '-' && next == '-') end = comment(i, lineEnd(i));
      else if (lang == Language.SQL && c == '/' && next == '*') end = comment(i, after(i + 2, "*/"));
      else if (lang == Language.XML && startsWith(i, "<!--")) end = comment(i, after(i + 4, "-->"));
      else if (lang == Language.XML || lang == Language.SQL && c != '\'') end = i + 1;
      else end = literal(i, c, next);
      i = Math.max(end, i + 1);
    }
  }

  /** Lexes a string literal starting at {@code i}, if one starts there; returns where to go on. */
  private int literal(int i, int c, int next) {
    if (lang == Language.RUST && c == 'r' && (next == '"' || next == '#') && !identAt(i - 1)) return rustRaw(i);
    if (lang == Language.CSHARP && c == '@' && next == '"') return string(i, verbatim(i + 2));
    if (lang == Language.RUBY && c == '<' && next == '<') return heredoc(i);
    if (c == '"' || (c == '\'' && (lang == Language.PYTHON))) {
      if (next == c && i + 2 < n && b[i + 2] == c && tripleQuotes()) return string(i, after(i + 3, triple(c)));
      return string(i, quoted(i + 1, c, multiline()));
    }
    if (c == '\'') {
      if (lang == Language.JS || lang == Language.RUBY || lang == Language.SQL) return string(i, quoted(i + 1, c, lang != Language.JS));
      int close = quoted(i + 1, c, false);
      return close - i <= 10 && b[close - 1] == '\'' ? string(i, close) : i + 1; // a char literal, or a Rust lifetime
    }
    if (c == '`' && (lang == Language.JS || lang == Language.GO || lang == Language.RUBY)) {
      return string(i, quoted(i + 1, c, true));
    }
    return i + 1;
  }

  private boolean tripleQuotes() {
    return lang == Language.JAVA || lang == Language.KOTLIN || lang == Language.CSHARP || lang == Language.PYTHON;
  }

  private boolean multiline() {
    return lang == Language.RUBY || lang == Language.RUST;
  }

  private static String triple(int c) {
    return c == '"' ? "\"\"\"" : "'''";
  }

  /** The end of a quoted literal whose body starts at {@code i}; backslash escapes the next byte. */
  private int quoted(int i, int quote, boolean multiline) {
    for (int j = i; j < n; j++) {
      int c = b[j];
      if (c == '\\' && !(lang == Language.GO && quote == '`')) { // Go raw strings have no escapes
        j++;
      } else if (c == quote) {
        return j + 1;
      } else if (c == '\n' && !multiline) {
        return j;
      }
    }
    return n;
  }

  /** C# {@code @"…"}: doubled quotes escape, no backslash escapes, may span lines. */
  private int verbatim(int i) {
    for (int j = i; j < n; j++) {
      if (b[j] == '"') {
        if (j + 1 < n && b[j + 1] == '"') j++;
        else return j + 1;
      }
    }
    return n;
  }

  /** Rust {@code r"…"} or {@code r#"…"#} with any number of hashes. */
  private int rustRaw(int i) {
    int j = i + 1;
    int hashes = 0;
    while (j < n && b[j] == '#') {
      hashes++;
      j++;
    }
    if (j >= n || b[j] != '"') return i + 1;
    StringBuilder close = new StringBuilder("\"");
    for (int h = 0; h < hashes; h++) close.append('#');
    return string(i, after(j + 1, close.toString()));
  }

  /** Ruby {@code <<~SQL}, {@code <<-SQL}, {@code <<SQL}, quoted or not: the body runs to the line holding the tag. */
  private int heredoc(int i) {
    int j = i + 2;
    if (j < n && (b[j] == '~' || b[j] == '-')) j++;
    if (j < n && (b[j] == '\'' || b[j] == '"')) j++;
    int tagStart = j;
    while (j < n && (b[j] >= 'A' && b[j] <= 'Z' || b[j] == '_' || b[j] >= '0' && b[j] <= '9')) j++;
    if (j - tagStart < 2) return i + 2; // a shift or an append, not a heredoc
    String tag = new String(b, tagStart, j - tagStart, java.nio.charset.StandardCharsets.US_ASCII);
    int line = lineEnd(j) + 1;
    while (line < n) {
      int end = lineEnd(line);
      String text = new String(b, line, end - line, java.nio.charset.StandardCharsets.US_ASCII).strip();
      if (text.equals(tag)) {
        spans.add(lineEnd(j) + 1, line, Spans.STRING);
        return end;
      }
      line = end + 1;
    }
    spans.add(lineEnd(j) + 1, n, Spans.STRING);
    return n;
  }

  private int string(int start, int end) {
    spans.add(start, end, Spans.STRING);
    return end;
  }

  private int comment(int start, int end) {
    spans.add(start, end, Spans.COMMENT);
    return end;
  }

  private int lineEnd(int i) {
    int j = i;
    while (j < n && b[j] != '\n') j++;
    return j;
  }

  /** The offset just after the next {@code marker} at or after {@code i}, or the end of the file. */
  private int after(int i, String marker) {
    outer:
    for (int j = i; j <= n - marker.length(); j++) {
      for (int k = 0; k < marker.length(); k++) {
        if (b[j + k] != marker.charAt(k)) continue outer;
      }
      return j + marker.length();
    }
    return n;
  }

  private boolean startsWith(int i, String s) {
    if (i + s.length() > n) return false;
    for (int k = 0; k < s.length(); k++) if (b[i + k] != s.charAt(k)) return false;
    return true;
  }

  private boolean identAt(int i) {
    return i >= 0 && Bytes.isIdent(b[i]);
  }
}
