package dev.onewaydoor.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The report pages of check runs ({@code PUBLIC_URL/reports/<id>}): each under an unguessable
 * id (128 random bits), kept until it expires, in {@code DATA_DIR/reports} (or in memory
 * without one), at most {@value #MAX_PAGES} of them, oldest dropped first. A page holds what
 * its check run shows and nothing more.
 */
public final class ReportPages {
  static final int MAX_PAGES = 2000;
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{22}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path dir;
  private final Clock clock;
  private final Duration ttl;
  private final Map<String, String> memory = new LinkedHashMap<>();

  /** {@code dir} may be null: pages then live in memory until the server stops. */
  public ReportPages(Path dir, Clock clock, Duration ttl) {
    this.dir = dir;
    this.clock = clock;
    this.ttl = ttl;
  }

  /** A new unguessable id: 22 URL-safe characters. */
  public static String newId() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** When a page published now expires. */
  public Instant expiry() {
    return clock.instant().plus(ttl);
  }

  /** Keeps {@code markdown} as the page {@code id} until {@code expires}. */
  public synchronized void put(String id, String markdown, Instant expires) throws IOException {
    if (!ID.matcher(id).matches()) throw new IllegalArgumentException("not a page id");
    String stored = expires.getEpochSecond() + "\n" + markdown;
    if (dir == null) {
      memory.values().removeIf(page -> expired(page));
      memory.remove(id);
      memory.put(id, stored);
      while (memory.size() > MAX_PAGES) memory.remove(memory.keySet().iterator().next());
      return;
    }
    Files.createDirectories(dir);
    Path tmp = dir.resolve(id + ".tmp");
    Files.writeString(tmp, stored, StandardCharsets.UTF_8);
    // The file's time is its expiry: pages nobody opens again are swept by it, and the cap drops the oldest.
    Files.setLastModifiedTime(tmp, FileTime.from(expires));
    Files.move(tmp, dir.resolve(id + ".md"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    prune();
  }

  private boolean expired(String stored) {
    return Instant.ofEpochSecond(Long.parseLong(stored.substring(0, stored.indexOf('\n')))).isBefore(clock.instant());
  }

  /** The page's markdown, or empty when there is no such page or it has expired (it is then deleted). */
  public synchronized Optional<String> get(String id) throws IOException {
    if (!ID.matcher(id).matches()) return Optional.empty();
    String stored;
    if (dir == null) {
      stored = memory.get(id);
    } else {
      Path file = dir.resolve(id + ".md");
      stored = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    }
    if (stored == null) return Optional.empty();
    int nl = stored.indexOf('\n');
    if (expired(stored)) {
      if (dir == null) memory.remove(id);
      else Files.deleteIfExists(dir.resolve(id + ".md"));
      return Optional.empty();
    }
    return Optional.of(stored.substring(nl + 1));
  }

  /** Deletes expired pages, then the oldest beyond the cap. */
  private void prune() throws IOException {
    java.util.List<Path> pages = new java.util.ArrayList<>();
    FileTime now = FileTime.from(clock.instant());
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.md")) {
      for (Path p : ds) {
        if (Files.getLastModifiedTime(p).compareTo(now) < 0) Files.deleteIfExists(p);
        else pages.add(p);
      }
    }
    if (pages.size() <= MAX_PAGES) return;
    pages.sort(java.util.Comparator.comparing(p -> p.toFile().lastModified()));
    for (int i = 0; i < pages.size() - MAX_PAGES; i++) Files.deleteIfExists(pages.get(i));
  }
}
