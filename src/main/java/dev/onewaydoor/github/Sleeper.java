package dev.onewaydoor.github;

/** Waits between retries; tests may pass one that records instead of sleeping. */
@FunctionalInterface
public interface Sleeper {
  Sleeper REAL = millis -> Thread.sleep(millis);

  void sleep(long millis) throws InterruptedException;
}
