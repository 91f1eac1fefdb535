package dev.onewaydoor.server;

import java.util.concurrent.atomic.AtomicLong;

/**
 * An allowance of bytes shared by all requests in flight (heap for small bodies, disk for
 * large ones): a request takes before it stores and gives back when it is done, so the sum
 * stays bounded however many clients send at once.
 */
final class ByteBudget {
  private final String name;
  private final long limit;
  private final AtomicLong used = new AtomicLong();

  ByteBudget(String name, long limit) {
    this.name = name;
    this.limit = limit;
  }

  /** Takes {@code n} bytes if they are free; never blocks. */
  boolean tryTake(long n) {
    long u;
    do {
      u = used.get();
      if (u + n > limit) return false;
    } while (!used.compareAndSet(u, u + n));
    return true;
  }

  void give(long n) {
    used.addAndGet(-n);
  }

  long used() {
    return used.get();
  }

  @Override
  public String toString() {
    return name + " " + used.get() + "/" + limit + " bytes";
  }
}
