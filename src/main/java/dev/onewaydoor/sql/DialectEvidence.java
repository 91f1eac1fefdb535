package dev.onewaydoor.sql;


/**
 * What a script's code (not its comments or strings) says about its dialect: dollar-quoted
 * bodies, {@code ::} casts and {@code plpgsql} are PostgreSQL; backtick identifiers,
 * {@code ENGINE=} and {@code AUTO_INCREMENT} are MySQL; {@code AUTOINCREMENT} and
 * {@code PRAGMA} are SQLite. One linear pass that knows only quotes and comments, so a
 * MySQL {@code #} comment or a Prisma header cannot derail it.
 */
public final class DialectEvidence {
  private static final int LIMIT = 256_000;

  private int postgres;
  private int mysql;
  private int sqlite;
  private String postgresSign;
  private String mysqlSign;
  private String sqliteSign;

  private DialectEvidence() {}

  /** Reads the evidence in (the first 256 KB of) {@code sql}. */
  public static DialectEvidence of(String sql) {
    DialectEvidence e = new DialectEvidence();
    e.scan(sql.length() > LIMIT ? sql.substring(0, LIMIT) : sql);
    return e;
  }

  /** The dialect the evidence points to, or null when there is none or it conflicts. */
  public Dialect dialect() {
    int kinds = (postgres > 0 ? 1 : 0) + (mysql > 0 ? 1 : 0) + (sqlite > 0 ? 1 : 0);
    if (kinds != 1) return null;
    return postgres > 0 ? Dialect.POSTGRESQL : mysql > 0 ? Dialect.MYSQL : Dialect.SQLITE;
  }

  /** True when signs of more than one dialect were found. */
  public boolean conflicting() {
    return (postgres > 0 ? 1 : 0) + (mysql > 0 ? 1 : 0) + (sqlite > 0 ? 1 : 0) > 1;
  }

  /** The first sign seen of {@code d}, for messages: {@code "$$ body"}, {@code "backtick"} … */
  public String sign(Dialect d) {
    return d == Dialect.MYSQL ? mysqlSign : d == Dialect.SQLITE ? sqliteSign : postgresSign;
  }

  private void scan(String s) {
    int n = s.length();
    int i = 0;
    boolean lineStart = true;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '\n') { lineStart = true; i++; continue; }
      if (Character.isWhitespace(c)) { i++; continue; }
      boolean atStart = lineStart;
      lineStart = false;
      if (c == '-' && i + 1 < n && s.charAt(i + 1) == '-') { i = lineEnd(s, i); continue; }
      if (c == '#' && atStart && i + 1 < n && (s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\t')) {
        mysql("# comment");
        i = lineEnd(s, i);
        continue;
      }
      if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') { i = skip(s, i + 2, "*/"); continue; }
      if (c == '\'') { i = quoted(s, i, '\''); continue; }
      if (c == '"') { i = quoted(s, i, '"'); continue; }
      if (c == '`') { mysql("backtick identifiers"); i = quoted(s, i, '`'); continue; }
      if (c == '$') { i = dollar(s, i); continue; }
      if (c == ':' && i + 1 < n && s.charAt(i + 1) == ':') { postgres(":: cast"); i += 2; continue; }
      if (Character.isLetter(c) || c == '_') { i = word(s, i); continue; }
      i++;
    }
  }

  /** Words that are evidence, by dialect; checked without building a string for every word. */
  private static final String[] POSTGRES_WORDS = {"PLPGSQL", "BIGSERIAL", "JSONB", "TIMESTAMPTZ", "CONCURRENTLY"};
  private static final String[] MYSQL_WORDS = {"AUTO_INCREMENT", "UNSIGNED"};
  private static final String[] SQLITE_WORDS = {"AUTOINCREMENT", "PRAGMA"};

  private int word(String s, int start) {
    int i = start;
    while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) i++;
    int length = i - start;
    if (length < 5 || length > 14) return i;
    String w = match(s, start, length, POSTGRES_WORDS);
    if (w != null) {
      postgres(w);
    } else if ((w = match(s, start, length, MYSQL_WORDS)) != null) {
      mysql(w);
    } else if ((w = match(s, start, length, SQLITE_WORDS)) != null) {
      sqlite(w);
    } else if (length == 6 && s.regionMatches(true, start, "ENGINE", 0, 6) && s.startsWith("=", skipBlanks(s, i))) {
      mysql("ENGINE=");
    }
    return i;
  }

  private static String match(String s, int start, int length, String[] words) {
    for (String w : words) {
      if (w.length() == length && s.regionMatches(true, start, w, 0, length)) return w;
    }
    return null;
  }

  /** A dollar-quoted body ({@code $$ … $$}, {@code $fn$ … $fn$}) is PostgreSQL; {@code $1} is not. */
  private int dollar(String s, int start) {
    int close = s.indexOf('$', start + 1);
    if (close < 0) return start + 1;
    String tag = s.substring(start, close + 1);
    for (int k = 1; k < tag.length() - 1; k++) {
      if (!Character.isLetterOrDigit(tag.charAt(k)) && tag.charAt(k) != '_') return start + 1;
    }
    if (tag.length() > 2 && Character.isDigit(tag.charAt(1))) return start + 1;
    postgres(tag + " body");
    return skip(s, close + 1, tag);
  }

  private static int quoted(String s, int start, char q) {
    int i = start + 1;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\\' && q == '\'') { i += 2; continue; }
      if (c == q) {
        if (i + 1 < s.length() && s.charAt(i + 1) == q) { i += 2; continue; }
        return i + 1;
      }
      i++;
    }
    return i;
  }

  private static int skip(String s, int from, String end) {
    int at = s.indexOf(end, from);
    return at < 0 ? s.length() : at + end.length();
  }

  private static int lineEnd(String s, int from) {
    int at = s.indexOf('\n', from);
    return at < 0 ? s.length() : at;
  }

  private static int skipBlanks(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) == ' ') i++;
    return i;
  }

  private void postgres(String sign) {
    if (postgres++ == 0) postgresSign = sign;
  }

  private void mysql(String sign) {
    if (mysql++ == 0) mysqlSign = sign;
  }

  private void sqlite(String sign) {
    if (sqlite++ == 0) sqliteSign = sign;
  }
}
