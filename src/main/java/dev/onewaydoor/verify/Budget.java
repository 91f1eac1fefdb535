package dev.onewaydoor.verify;

import java.time.Duration;

/**
 * The time one verification may take, shared by all its statements. Each statement gets the
 * smaller of the per-statement limit and what is left, so a hanging migration is cut off and
 * the run ends with a "not verified: budget" note instead of stalling the App.
 */
final class Budget {
  private final Duration total;
  private final long deadlineNanos;

  private Budget(Duration total) {
    this.total = total;
    this.deadlineNanos = System.nanoTime() + total.toNanos();
  }

  static Budget of(Duration total) {
    return new Budget(total);
  }

  Duration total() {
    return total;
  }

  Duration remaining() {
    return Duration.ofNanos(Math.max(0, deadlineNanos - System.nanoTime()));
  }

  boolean exhausted() {
    return deadlineNanos - System.nanoTime() <= 0;
  }

  /** True when the budget, not {@code limit}, bounds the next statement. */
  boolean binds(Duration limit) {
    return remaining().compareTo(limit) < 0;
  }

  /** Whole seconds, for messages. */
  static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }
}
