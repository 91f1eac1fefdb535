package dev.onewaydoor.references;

/**
 * The pieces of text a match belongs to: the SQL statement around it in a {@code .sql} file,
 * the MyBatis statement element in an XML mapper, or the run of string literals joined by
 * {@code +} or line continuations that make up one query in code. Each is {@code [start, end)}.
 */
final class Regions {
  private static final String[] MYBATIS = {"select", "insert", "update", "delete", "sql"};
  private static final int MAX_RUN = 32;

  private Regions() {}

  /** Between the semicolons around {@code offset} (or the file's ends). */
  static int[] sqlStatement(FileScan f, int offset) {
    int start = offset;
    while (start > 0 && f.b[start - 1] != ';') start--;
    int end = offset;
    while (end < f.n && f.b[end] != ';') end++;
    return new int[] {start, end};
  }

  /** The {@code <select>}, {@code <insert>} … element around {@code offset}, or null outside one. */
  static int[] myBatisStatement(FileScan f, int offset) {
    // Latin-1 keeps one char per byte, so string offsets are byte offsets.
    String before = new String(f.b, 0, offset, java.nio.charset.StandardCharsets.ISO_8859_1);
    int best = -1;
    String name = null;
    for (String tag : MYBATIS) {
      int i = before.lastIndexOf("<" + tag);
      if (i > best && i + tag.length() + 1 < before.length() && !Bytes.isIdent((byte) before.charAt(i + tag.length() + 1))) {
        best = i;
        name = tag;
      }
    }
    if (name == null) return null;
    String after = new String(f.b, offset, f.n - offset, java.nio.charset.StandardCharsets.ISO_8859_1);
    int close = after.indexOf("</" + name);
    int closeInBefore = before.indexOf("</" + name, best);
    if (close < 0 || closeInBefore >= 0) return null;
    return new int[] {best, offset + close};
  }

  /** The string literal {@code span} joined with its neighbours by {@code +}, whitespace or {@code \}. */
  static int[] literalRun(FileScan f, int span) {
    Spans s = f.spans();
    int first = span;
    while (first > 0 && span - first < MAX_RUN && s.kind(first - 1) == Spans.STRING && joins(f, s.end(first - 1), s.start(first))) {
      first--;
    }
    int last = span;
    while (last + 1 < s.size() && last - span < MAX_RUN && s.kind(last + 1) == Spans.STRING
        && joins(f, s.end(last), s.start(last + 1))) {
      last++;
    }
    return new int[] {s.start(first), s.end(last)};
  }

  private static boolean joins(FileScan f, int from, int to) {
    for (int i = from; i < to; i++) {
      byte c = f.b[i];
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '+' && c != '\\') return false;
    }
    return true;
  }
}
