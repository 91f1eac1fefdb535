package dev.onewaydoor.limits;

import java.time.Duration;

/**
 * Bytes that concurrent holders may take at once, shared, so the sum stays bounded however
 * many run together. Review jobs {@link #acquire wait} (boundedly) for their share before the
 * memory-hungry step: one large review then runs alone instead of four exhausting the heap
 * together. Webhook bodies {@link #tryAcquire take} what is free or are refused at once (heap
 * for small bodies, disk for large ones).
 */
public final class ByteBudget {
  private final String name;
  private final long total;
  private long used;

  public ByteBudget(long total) {
    this("byte budget", total);
  }

  /** {@code name} says what the bytes are, in messages ("disk for bodies 512/1024 bytes"). */
  public ByteBudget(String name, long total) {
    this.name = name;
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

  /** Takes {@code bytes} if they are free now; never waits (false also when they exceed the whole budget). */
  public synchronized boolean tryAcquire(long bytes) {
    if (used + bytes > total) return false;
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

  @Override
  public synchronized String toString() {
    return name + " " + used + "/" + total + " bytes";
  }
}
