package dev.onewaydoor.cli;

import dev.onewaydoor.migrations.Progress;
import java.io.PrintStream;

/**
 * A progress line on stderr for long runs at a terminal: silent for the first second and
 * when output is redirected, redrawn at most ten times a second.
 */
final class ProgressLine implements Progress {
  private final PrintStream err;
  private final boolean enabled = System.console() != null;
  private final long start = System.nanoTime();
  private long lastDraw;
  private boolean drawn;

  ProgressLine(PrintStream err) {
    this.err = err;
  }

  @Override
  public synchronized void update(int done, int total) {
    long now = System.nanoTime();
    if (!enabled || now - start < 1_000_000_000L || now - lastDraw < 100_000_000L) return;
    lastDraw = now;
    drawn = true;
    err.print("\rreading migrations: " + done + "/" + total);
    err.flush();
  }

  synchronized void clear() {
    if (drawn) err.print("\r\u001b[K");
  }
}
