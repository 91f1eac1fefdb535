package dev.onewaydoor.server;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers recent {@code X-GitHub-Delivery} ids: GitHub keeps the id on redelivery, so a
 * delivery seen before is answered without doing its work twice.
 */
final class DeliveryLog {
  private final int capacity;
  private final LinkedHashMap<String, Boolean> seen;

  DeliveryLog(int capacity) {
    this.capacity = capacity;
    this.seen = new LinkedHashMap<>(capacity, 0.75f) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
        return size() > DeliveryLog.this.capacity;
      }
    };
  }

  /** Records {@code id}; returns false when it was already recorded. */
  synchronized boolean firstTime(String id) {
    return seen.put(id, Boolean.TRUE) == null;
  }

  /** Forgets {@code id}, so that a redelivery after a failed hand-off is processed. */
  synchronized void forget(String id) {
    seen.remove(id);
  }
}
