package dev.onewaydoor.app;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Git blobs by SHA, least recently used first out, bounded in bytes. Blobs never change, so
 * a repository's migration history is fetched once and reused by every later job.
 */
public final class BlobCache {
  private final long maxBytes;
  private long bytes;
  private final LinkedHashMap<String, byte[]> map = new LinkedHashMap<>(256, 0.75f, true);

  public BlobCache(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  public synchronized byte[] get(String sha) {
    return map.get(sha);
  }

  public synchronized void put(String sha, byte[] content) {
    if (content.length > maxBytes / 4) return; // one huge file must not evict everything
    byte[] old = map.put(sha, content);
    bytes += content.length - (old == null ? 0 : old.length);
    var it = map.entrySet().iterator();
    while (bytes > maxBytes && it.hasNext()) {
      Map.Entry<String, byte[]> e = it.next();
      bytes -= e.getValue().length;
      it.remove();
    }
  }
}
