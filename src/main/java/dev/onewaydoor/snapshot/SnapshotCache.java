package dev.onewaydoor.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits' files on disk by SHA ({@code DATA_DIR/snapshots/<sha>}), downloaded once as an
 * archive and kept across restarts within a byte bound, least recently used out first. A
 * commit never changes, so a snapshot never goes stale. Unpacking happens in a temporary
 * directory that is renamed into place only when the whole archive was read.
 */
public final class SnapshotCache {
  private static final Logger LOG = LoggerFactory.getLogger(SnapshotCache.class);
  /** Snapshots used this recently are not evicted: a job may still be reading them. */
  private static final Duration IN_USE = Duration.ofMinutes(2);

  /** Streams a commit's gzipped tar archive into {@code sink}. */
  @FunctionalInterface
  public interface Source<E extends Exception> {
    void stream(Sink sink) throws E;
  }

  /** Consumes the archive stream. */
  @FunctionalInterface
  public interface Sink {
    void accept(InputStream archive) throws IOException;
  }

  private final Path dir;
  private final SnapshotLimits limits;
  private final Clock clock;
  private final Map<String, Object> locks = new ConcurrentHashMap<>();
  private final Map<String, Snapshot> loaded = new LinkedHashMap<>(16, 0.75f, true);

  public SnapshotCache(Path dir, SnapshotLimits limits, Clock clock) throws IOException {
    this.dir = dir;
    this.limits = limits;
    this.clock = clock;
    Files.createDirectories(dir);
    try (Stream<Path> leftovers = Files.list(dir)) {
      for (Path p : (Iterable<Path>) leftovers::iterator) if (p.getFileName().toString().contains(".tmp")) delete(p);
    }
  }

  public SnapshotLimits limits() {
    return limits;
  }

  /** The files of commit {@code sha}, downloading them through {@code source} when not cached. */
  public <E extends Exception> FilesAtCommit get(String sha, Source<E> source) throws IOException, E {
    if (!sha.matches("[0-9a-f]{7,64}")) throw new IllegalArgumentException("not a commit SHA: " + sha);
    synchronized (locks.computeIfAbsent(sha, k -> new Object())) {
      Snapshot s = cached(sha);
      if (s == null) s = download(sha, source);
      Files.setLastModifiedTime(dir.resolve(sha).resolve(Snapshot.INDEX), FileTime.from(clock.instant()));
      return s;
    }
  }

  private Snapshot cached(String sha) throws IOException {
    synchronized (loaded) {
      Snapshot s = loaded.get(sha);
      if (s != null) return s;
    }
    Path root = dir.resolve(sha);
    if (!Files.isRegularFile(root.resolve(Snapshot.INDEX))) return null;
    return remember(Snapshot.load(root, sha));
  }

  private <E extends Exception> Snapshot download(String sha, Source<E> source) throws IOException, E {
    Path tmp = Files.createTempDirectory(dir, sha + ".tmp");
    try {
      Snapshot[] made = new Snapshot[1];
      source.stream(in -> made[0] = new Extractor(limits).extract(in, tmp, sha));
      if (made[0] == null) throw new IOException("the archive of " + sha + " was not read");
      Path root = dir.resolve(sha);
      Files.move(tmp, root, StandardCopyOption.ATOMIC_MOVE);
      LOG.info("cached the files of {} ({} files, {} KB)", sha, made[0].paths().size(), made[0].bytes() / 1024);
      evict(sha);
      return remember(Snapshot.load(root, sha));
    } finally {
      if (Files.exists(tmp)) delete(tmp);
    }
  }

  private Snapshot remember(Snapshot s) {
    synchronized (loaded) {
      loaded.put(s.sha(), s);
      if (loaded.size() > 4) loaded.remove(loaded.keySet().iterator().next());
    }
    return s;
  }

  /** Deletes least recently used snapshots until the cache fits, sparing {@code keep} and recent ones. */
  private void evict(String keep) throws IOException {
    record Cached(Path root, long bytes, FileTime used) {}
    List<Cached> all = new ArrayList<>();
    long total = 0;
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, p -> Files.isRegularFile(p.resolve(Snapshot.INDEX)))) {
      for (Path root : ds) {
        long bytes = Snapshot.load(root, root.getFileName().toString()).bytes();
        all.add(new Cached(root, bytes, Files.getLastModifiedTime(root.resolve(Snapshot.INDEX))));
        total += bytes;
      }
    }
    all.sort(Comparator.comparing(Cached::used));
    FileTime recent = FileTime.from(clock.instant().minus(IN_USE));
    for (Cached c : all) {
      if (total <= limits.maxCacheBytes()) break;
      String sha = c.root().getFileName().toString();
      if (sha.equals(keep) || c.used().compareTo(recent) > 0) continue;
      synchronized (loaded) {
        loaded.remove(sha);
      }
      delete(c.root());
      total -= c.bytes();
      LOG.info("evicted the cached files of {}", sha);
    }
  }

  private static void delete(Path p) throws IOException {
    try (Stream<Path> walk = Files.walk(p)) {
      for (Path q : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) Files.deleteIfExists(q);
    }
  }
}
