package dev.onewaydoor.references;

import java.util.Arrays;

/** Line and column of byte offsets in one file, and the trimmed line around a match. */
final class LineIndex {
  private static final int SNIPPET = 160;

  private final byte[] b;
  private final int[] newlines;

  LineIndex(byte[] b) {
    this.b = b;
    int count = 0;
    for (byte c : b) if (c == '\n') count++;
    newlines = new int[count];
    int k = 0;
    for (int i = 0; i < b.length; i++) if (b[i] == '\n') newlines[k++] = i;
  }

  /** The 1-based line of {@code offset}. */
  int line(int offset) {
    int i = Arrays.binarySearch(newlines, offset);
    return (i >= 0 ? i : -i - 1) + 1;
  }

  /** The 1-based column of {@code offset}, in characters. */
  int column(int offset) {
    int start = Bytes.lineStart(b, offset);
    return Bytes.text(b, start, offset).length() + 1;
  }

  /** The line, trimmed, cut to at most 160 characters around {@code [start, end)}. */
  String snippet(int start, int end) {
    int from = Bytes.lineStart(b, start);
    int to = Bytes.lineEnd(b, b.length, end);
    String line = Bytes.text(b, from, to).replace('\t', ' ').strip();
    if (line.length() <= SNIPPET) return line;
    String before = Bytes.text(b, from, start).replace('\t', ' ').stripLeading();
    int at = before.length();
    int cut = Math.max(0, Math.min(at - SNIPPET / 3, line.length() - SNIPPET));
    return (cut > 0 ? "…" : "") + line.substring(cut, Math.min(line.length(), cut + SNIPPET)) + "…";
  }
}
