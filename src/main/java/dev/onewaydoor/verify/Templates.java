package dev.onewaydoor.verify;

import dev.onewaydoor.analysis.MigrationUnit;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Base histories already applied, kept as template databases and keyed by their content (so
 * every change on the same base commit shares one): a later change copies the template and
 * pays only for its own migrations. A base that does not apply is remembered too. The oldest
 * templates are dropped beyond {@code capacity}.
 */
final class Templates implements AutoCloseable {
  /** A template, or the failure of its base history. */
  record Entry(Scratch template, Failure failure) {}

  /** Builds the template for a key; the result is frozen by the caller's server. */
  interface Builder {
    Entry build() throws SQLException, OutOfBudget;
  }

  private final int capacity;
  private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
  private final Map<String, Object> locks = new HashMap<>();

  Templates(int capacity) {
    this.capacity = capacity;
  }

  /** An entry, and whether it came from the cache. */
  record Lookup(Entry entry, boolean cached) {}

  /** The entry for {@code key}; two runs needing the same one build it once. */
  Lookup get(String key, Builder builder) throws SQLException, OutOfBudget {
    Object lock;
    synchronized (this) {
      Entry e = entries.get(key);
      if (e != null) return new Lookup(e, true);
      lock = locks.computeIfAbsent(key, k -> new Object());
    }
    synchronized (lock) {
      synchronized (this) {
        Entry e = entries.get(key);
        if (e != null) return new Lookup(e, true);
      }
      Entry e = builder.build();
      synchronized (this) {
        entries.put(key, e);
        locks.remove(key);
        evict();
      }
      return new Lookup(e, false);
    }
  }

  private void evict() {
    Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator();
    while (entries.size() > capacity && it.hasNext()) {
      Entry old = it.next().getValue();
      it.remove();
      if (old.template() != null) old.template().close();
    }
  }

  @Override
  public synchronized void close() {
    for (Entry e : entries.values()) if (e.template() != null) e.template().close();
    entries.clear();
  }

  /** The key of a history: its dialect and, in order, each migration's id and text. */
  static String key(String dialect, List<MigrationUnit> history) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(dialect.getBytes(StandardCharsets.UTF_8));
      for (MigrationUnit u : history) {
        md.update((byte) 0);
        md.update(u.migration().id().getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(u.normalizedUp().getBytes(StandardCharsets.UTF_8));
      }
      StringBuilder sb = new StringBuilder();
      for (byte b : md.digest()) sb.append(String.format("%02x", b));
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
