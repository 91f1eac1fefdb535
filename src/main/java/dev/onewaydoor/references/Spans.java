package dev.onewaydoor.references;

import java.util.Arrays;

/**
 * The string literals and comments of one file, as sorted, non-overlapping byte ranges, so
 * the scanner can ask what a match sits in with a binary search.
 */
final class Spans {
  static final byte STRING = 1;
  static final byte COMMENT = 2;

  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private byte[] kinds = new byte[16];
  private int size;

  void add(int start, int end, byte kind) {
    if (size == starts.length) {
      starts = Arrays.copyOf(starts, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
      kinds = Arrays.copyOf(kinds, size * 2);
    }
    starts[size] = start;
    ends[size] = end;
    kinds[size] = kind;
    size++;
  }

  /** The index of the span containing {@code offset}, or -1. */
  int at(int offset) {
    int lo = 0;
    int hi = size - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[mid] <= offset) lo = mid + 1;
      else if (starts[mid] > offset) hi = mid - 1;
      else return mid;
    }
    return -1;
  }

  int size() {
    return size;
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  byte kind(int i) {
    return kinds[i];
  }
}
