package dev.onewaydoor.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a verification did, step by step, for the summary a release engineer reads: what ran,
 * on what, how long it took, what broke.
 */
final class Steps {
  private final List<String> lines = new ArrayList<>();
  private long mark = System.nanoTime();

  /** Starts timing the next step. */
  void start() {
    mark = System.nanoTime();
  }

  /** Adds a step with the time since {@link #start}. */
  void timed(String line) {
    lines.add(line + " (" + elapsed(mark) + ")");
    start();
  }

  void add(String line) {
    lines.add(line);
  }

  List<String> lines() {
    return List.copyOf(lines);
  }

  static String elapsed(long since) {
    long ms = (System.nanoTime() - since) / 1_000_000;
    return ms < 1000 ? ms + " ms" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
  }

  static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
