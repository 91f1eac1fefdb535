package dev.onewaydoor.sql;

import dev.onewaydoor.sql.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text into tokens in one linear pass, without recursion, so that hostile input
 * (unterminated quotes, deep nesting, 50 MB files) costs time proportional to its size.
 *
 * <p>Understands single-quoted strings ({@code ''} escapes; {@code E''} and MySQL backslash
 * escapes), double-quoted and backtick identifiers, PostgreSQL dollar-quoted bodies,
 * {@code --}, {@code #} (MySQL) and nested block comments, psql meta-commands and MySQL
 * {@code DELIMITER} lines. An unterminated construct becomes an {@link Kind#UNTERMINATED}
 * token running to the end of the text.
 */
public final class Tokenizer {
  private final String src;
  private final Dialect dialect;
  private final List<Token> out = new ArrayList<>();
  private int pos;
  private int line = 1;
  private int lineStart;
  private String delimiter = ";";
  /** Whether a token has started or ended on the current line; kept so checks stay O(1). */
  private boolean tokenOnLine;

  private Tokenizer(String src, Dialect dialect) {
    this.src = src;
    this.dialect = dialect;
  }

  /** Returns the tokens of {@code src}, comments included, in order. */
  public static List<Token> tokenize(String src, Dialect dialect) {
    Tokenizer t = new Tokenizer(src, dialect);
    t.run();
    return t.out;
  }

  private void run() {
    int n = src.length();
    while (pos < n) {
      char c = src.charAt(pos);
      if (c == '\n') { newline(pos); pos++; continue; }
      if (Character.isWhitespace(c)) { pos++; continue; }
      if (atLineStart() && lineCommand()) continue;
      if (!delimiter.equals(";") && src.startsWith(delimiter, pos)) {
        emit(Kind.END, pos, pos + delimiter.length());
        continue;
      }
      if (c == '-' && peek(1) == '-') { lineComment(); continue; }
      if (c == '#' && dialect == Dialect.MYSQL) { lineComment(); continue; }
      if (c == '/' && peek(1) == '*') { blockComment(); continue; }
      if (c == '\'') { string(pos, pos + 1, dialect == Dialect.MYSQL); continue; }
      if ((c == 'E' || c == 'e') && peek(1) == '\'') { string(pos, pos + 2, true); continue; }
      if ((c == 'N' || c == 'n' || c == 'X' || c == 'x' || c == 'B' || c == 'b') && peek(1) == '\'') {
        string(pos, pos + 2, dialect == Dialect.MYSQL);
        continue;
      }
      if (c == '"' || (c == '`' && dialect.backticks())) { quoted(c); continue; }
      if (c == '$' && dialect.postgresLexing() && dollar()) continue;
      if (isIdentStart(c)) { word(); continue; }
      if (Character.isDigit(c) || (c == '.' && Character.isDigit(peek(1)))) { number(); continue; }
      single(c);
    }
  }

  private char peek(int ahead) {
    int i = pos + ahead;
    return i < src.length() ? src.charAt(i) : '\0';
  }

  private boolean atLineStart() {
    return !tokenOnLine;
  }

  /** psql {@code \command} and MySQL {@code DELIMITER x} lines, which are not SQL. */
  private boolean lineCommand() {
    char c = src.charAt(pos);
    if (c == '\\' && dialect == Dialect.POSTGRESQL) {
      emit(Kind.META, pos, lineEnd());
      return true;
    }
    if ((c == 'D' || c == 'd') && src.regionMatches(true, pos, "DELIMITER", 0, 9)
        && pos + 9 < src.length() && (src.charAt(pos + 9) == ' ' || src.charAt(pos + 9) == '\t')) {
      int end = lineEnd();
      String value = src.substring(pos + 9, end).trim();
      if (!value.isEmpty()) {
        delimiter = value;
        emit(Kind.DELIMITER, pos, end);
        return true;
      }
    }
    return false;
  }

  private int lineEnd() {
    int end = src.indexOf('\n', pos);
    end = end < 0 ? src.length() : end;
    return end > pos && src.charAt(end - 1) == '\r' ? end - 1 : end;
  }

  private void lineComment() {
    emit(Kind.COMMENT, pos, lineEnd());
  }

  private void blockComment() {
    int start = pos;
    int startLine = line;
    int startCol = pos - lineStart + 1;
    int depth = 0;
    int i = pos;
    int n = src.length();
    while (i < n) {
      char c = src.charAt(i);
      if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
        depth++;
        i += 2;
        if (dialect == Dialect.MYSQL && depth > 1) depth = 1; // MySQL does not nest comments
      } else if (c == '*' && i + 1 < n && src.charAt(i + 1) == '/') {
        depth--;
        i += 2;
        if (depth == 0) break;
      } else {
        if (c == '\n') newline(i);
        i++;
      }
    }
    Kind kind = depth == 0 ? Kind.COMMENT : Kind.UNTERMINATED;
    add(new Token(kind, src.substring(start, i), start, i, startLine, startCol));
    pos = i;
  }

  /** A string literal whose quote is at {@code bodyStart - 1}. */
  private void string(int start, int bodyStart, boolean backslashEscapes) {
    int startLine = line;
    int startCol = start - lineStart + 1;
    int i = bodyStart;
    int n = src.length();
    boolean closed = false;
    while (i < n) {
      char c = src.charAt(i);
      if (c == '\\' && backslashEscapes && i + 1 < n) {
        if (src.charAt(i + 1) == '\n') newline(i + 1);
        i += 2;
        continue;
      }
      if (c == '\'') {
        if (i + 1 < n && src.charAt(i + 1) == '\'') { i += 2; continue; }
        i++;
        closed = true;
        break;
      }
      if (c == '\n') newline(i);
      i++;
    }
    add(new Token(closed ? Kind.STRING : Kind.UNTERMINATED, src.substring(start, i), start, i,
        startLine, startCol));
    pos = i;
  }

  private void quoted(char quote) {
    int start = pos;
    int startLine = line;
    int startCol = pos - lineStart + 1;
    int i = pos + 1;
    int n = src.length();
    boolean closed = false;
    while (i < n) {
      char c = src.charAt(i);
      if (c == quote) {
        if (i + 1 < n && src.charAt(i + 1) == quote) { i += 2; continue; }
        i++;
        closed = true;
        break;
      }
      if (c == '\n') newline(i);
      i++;
    }
    add(new Token(closed ? Kind.QUOTED_IDENT : Kind.UNTERMINATED, src.substring(start, i),
        start, i, startLine, startCol));
    pos = i;
  }

  /** {@code $tag$ … $tag$}, or a positional parameter {@code $1}. Returns false for a lone $. */
  private boolean dollar() {
    int n = src.length();
    int i = pos + 1;
    if (i < n && Character.isDigit(src.charAt(i))) {
      while (i < n && Character.isDigit(src.charAt(i))) i++;
      emit(Kind.PARAM, pos, i);
      return true;
    }
    while (i < n && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '_')) i++;
    if (i >= n || src.charAt(i) != '$') return false;
    String tag = src.substring(pos, i + 1);
    int close = src.indexOf(tag, i + 1);
    int end = close < 0 ? n : close + tag.length();
    int start = pos;
    int startLine = line;
    int startCol = pos - lineStart + 1;
    for (int k = i + 1; k < end; k++) {
      if (src.charAt(k) == '\n') newline(k);
    }
    add(new Token(close < 0 ? Kind.UNTERMINATED : Kind.STRING, src.substring(start, end), start,
        end, startLine, startCol));
    pos = end;
    return true;
  }

  private static boolean isIdentStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  private void word() {
    int i = pos + 1;
    int n = src.length();
    while (i < n) {
      char c = src.charAt(i);
      if (Character.isLetterOrDigit(c) || c == '_' || c == '$') i++;
      else break;
    }
    emit(Kind.WORD, pos, i);
  }

  private void number() {
    int i = pos;
    int n = src.length();
    while (i < n && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '.')) i++;
    emit(Kind.NUMBER, pos, i);
  }

  private void single(char c) {
    Kind kind;
    switch (c) {
      case '(': kind = Kind.LPAREN; break;
      case ')': kind = Kind.RPAREN; break;
      case ',': kind = Kind.COMMA; break;
      case '.': kind = Kind.DOT; break;
      case ';': kind = delimiter.equals(";") ? Kind.END : Kind.OPERATOR; break;
      default: kind = Kind.OPERATOR;
    }
    if (kind == Kind.OPERATOR && c == ':' && peek(1) == ':') {
      emit(Kind.OPERATOR, pos, pos + 2);
      return;
    }
    emit(kind, pos, pos + 1);
  }

  private void emit(Kind kind, int start, int end) {
    add(new Token(kind, src.substring(start, end), start, end, line, start - lineStart + 1));
    pos = end;
  }

  private void add(Token token) {
    out.add(token);
    tokenOnLine = true;
  }

  private void newline(int at) {
    tokenOnLine = false;
    line++;
    lineStart = at + 1;
  }
}
