package dev.onewaydoor.sql;

import java.util.Locale;

/**
 * One lexical token with its position. {@code line} and {@code column} are 1-based;
 * {@code start}/{@code end} are offsets into the script text.
 */
public record Token(Kind kind, String text, int start, int end, int line, int column) {

  /** What a token is. Keywords are {@link #WORD}s: SQL reserves few words reliably. */
  public enum Kind {
    WORD, QUOTED_IDENT, STRING, NUMBER, PARAM, LPAREN, RPAREN, COMMA, DOT, OPERATOR,
    /** Statement terminator: {@code ;} or the current MySQL DELIMITER. */
    END,
    COMMENT,
    /** A psql meta-command line such as {@code \connect db}. */
    META,
    /** A MySQL {@code DELIMITER x} line. */
    DELIMITER,
    /** An unterminated string, quoted identifier, dollar-quoted body or block comment. */
    UNTERMINATED
  }

  /** True when this is the unquoted word {@code word}, compared case-insensitively. */
  public boolean is(String word) {
    return kind == Kind.WORD && text.equalsIgnoreCase(word);
  }

  /** True for names: unquoted words and quoted identifiers. */
  public boolean isName() {
    return kind == Kind.WORD || kind == Kind.QUOTED_IDENT;
  }

  /** The identifier this token names: unquoted words fold to lower case, quotes are removed. */
  public String identifier() {
    if (kind == Kind.QUOTED_IDENT) {
      char q = text.charAt(0);
      String inner = text.substring(1, text.length() - 1);
      return inner.replace(String.valueOf(q) + q, String.valueOf(q));
    }
    return text.toLowerCase(Locale.ROOT);
  }

  /** The upper-case form of a word, used for keyword comparisons. */
  public String upper() {
    return text.toUpperCase(Locale.ROOT);
  }
}
