package dev.onewaydoor.limits;

import java.time.Duration;

/**
 * Bytes that concurrent jobs may hold at once, shared: a job takes what it needs before the
 * memory-hungry step and gives it back after, waiting (boundedly) while others hold it. One
 * large review then runs alone instead of four exhausting the heap together.
 */
public final class ByteBudget {
  private final long total;
  private long used;

  public ByteBudget(long total) {
    this.total = total;
  }

  /** The most any single holder may take. */
  public long total() {
    return total;
  }

  /**
   * Takes {@code bytes} (at most {@link #total()}), waiting up to {@code timeout} for them to
   * be free; returns false when they were not.
   */
  public synchronized boolean acquire(long bytes, Duration timeout) throws InterruptedException {
    if (bytes > total) throw new IllegalArgumentException(bytes + " bytes is more than the whole budget of " + total);
    long deadline = System.nanoTime() + timeout.toNanos();
    while (used + bytes > total) {
      long left = deadline - System.nanoTime();
      if (left <= 0) return false;
      wait(Math.max(1, left / 1_000_000));
    }
    used += bytes;
    return true;
  }

  public synchronized void release(long bytes) {
    used = Math.max(0, used - bytes);
    notifyAll();
  }

  public synchronized long used() {
    return used;
  }
}
