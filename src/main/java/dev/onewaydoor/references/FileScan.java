package dev.onewaydoor.references;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One file's matches: where the targets' spellings occur at identifier boundaries, which
 * tables the file mentions, and the lexed string and comment spans, computed only for files
 * with a match.
 */
final class FileScan {
  /** A spelling found at {@code [start, end)}. */
  record Hit(int pattern, int start, int end) {}

  private static final Set<String> ACCESSOR_WORDS = Set.of("get", "set", "is", "has", "with", "by", "and", "or");

  final String path;
  final Language lang;
  final byte[] b;
  final int n;
  final List<Hit> hits = new ArrayList<>();
  private final Needles needles;
  private Spans spans;

  private FileScan(String path, Language lang, byte[] b, Needles needles) {
    this.path = path;
    this.lang = lang;
    this.b = b;
    this.n = b.length;
    this.needles = needles;
  }

  /** The file's matches, or null when it has none. */
  static FileScan match(String path, Language lang, byte[] bytes, Needles needles) {
    FileScan f = new FileScan(path, lang, bytes, needles);
    needles.automaton.search(bytes, bytes.length, (p, s, e) -> {
      if (f.bounded(p, s, e)) f.hits.add(new Hit(p, s, e));
    });
    return f.hits.isEmpty() ? null : f;
  }

  /** True when some match is a target's own name, not only a table tying a column. */
  boolean hasOwnHit() {
    for (Hit h : hits) {
      for (Needles.Meaning m : needles.meanings(h.pattern())) if (needles.own(m)) return true;
    }
    return false;
  }

  Needles needles() {
    return needles;
  }

  Spans spans() {
    if (spans == null) spans = Lexer.lex(b, n, lang);
    return spans;
  }

  /** True when the span at {@code offset} is a comment. */
  boolean inComment(int offset) {
    int s = spans().at(offset);
    return s >= 0 && spans().kind(s) == Spans.COMMENT;
  }

  /** True when the file names {@code target}'s table (as SQL name or class name) outside comments. */
  boolean mentionsTable(int target) {
    return tableIn(target, 0, n);
  }

  /** True when {@code [from, to)} names {@code target}'s table outside comments. */
  boolean tableIn(int target, int from, int to) {
    for (Hit h : hits) {
      if (h.start() < from || h.end() > to) continue;
      for (Needles.Meaning m : needles.meanings(h.pattern())) {
        if (m.target() == target && (m.role() == Needles.Role.TABLE || m.role() == Needles.Role.TABLE_CLASS)
            && !inComment(h.start())) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when the match at {@code start} follows {@code <table>.}: {@code RESERVATIONS.BOOKING_REF}. */
  boolean qualifiedBy(int target, int start) {
    if (start < 2 || b[start - 1] != '.') return false;
    for (Hit h : hits) {
      if (h.end() != start - 1) continue;
      for (Needles.Meaning m : needles.meanings(h.pattern())) {
        if (m.target() == target && (m.role() == Needles.Role.TABLE || m.role() == Needles.Role.TABLE_CLASS)) return true;
      }
    }
    return false;
  }

  /**
   * Identifier boundaries on both sides; a camel-case spelling may also follow an accessor
   * word ({@code getBookingRef}, {@code findByBookingRef}), but not any word
   * ({@code userEmail} is not {@code email}).
   */
  private boolean bounded(int pattern, int s, int e) {
    if (e < n && Bytes.isIdent(b[e])) return false;
    if (s == 0 || !Bytes.isIdent(b[s - 1])) return true;
    return needles.camel(pattern) && Bytes.isUpper(b[s]) && accessorBefore(s);
  }

  private boolean accessorBefore(int s) {
    int i = s;
    while (i > 0 && b[i - 1] >= 'a' && b[i - 1] <= 'z') i--;
    if (i > 0 && Bytes.isUpper(b[i - 1])) i--;
    if (s - i < 2 || s - i > 4) return false;
    String word = new String(b, i, s - i, java.nio.charset.StandardCharsets.US_ASCII).toLowerCase(java.util.Locale.ROOT);
    return ACCESSOR_WORDS.contains(word);
  }

  /** The text of the line holding {@code offset}, from its start up to {@code offset}, lower-cased. */
  String linePrefix(int offset) {
    int start = Bytes.lineStart(b, offset);
    return Bytes.text(b, start, offset).toLowerCase(java.util.Locale.ROOT);
  }

  /** The whole line holding {@code offset}, lower-cased. */
  String line(int offset) {
    return Bytes.text(b, Bytes.lineStart(b, offset), Bytes.lineEnd(b, n, offset)).toLowerCase(java.util.Locale.ROOT);
  }

  /** The previous non-blank line before the one holding {@code offset}, lower-cased; empty at the top. */
  String previousLine(int offset) {
    int start = Bytes.lineStart(b, offset);
    while (start > 0) {
      int prevStart = Bytes.lineStart(b, start - 1);
      String text = Bytes.text(b, prevStart, start - 1).strip();
      if (!text.isEmpty()) return text.toLowerCase(java.util.Locale.ROOT);
      start = prevStart;
    }
    return "";
  }
}
