package dev.onewaydoor.snapshot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.fakegithub.TarBuilder;
import dev.onewaydoor.limits.CappedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Archives as GitHub serves them are cached whole; hostile or broken ones are refused whole. */
class SnapshotCacheTest {
  private static final String SHA = "0123456789abcdef0123456789abcdef01234567";
  private static final SnapshotLimits SMALL = new SnapshotLimits(1 << 20, 4 << 20, 1 << 20, 64 * 1024, 3 << 20);
  @TempDir Path dir;
  private final AtomicInteger downloads = new AtomicInteger();

  private FilesAtCommit get(SnapshotCache cache, String sha, byte[] archive) throws IOException {
    return cache.get(sha, sink -> {
      downloads.incrementAndGet();
      sink.accept(new ByteArrayInputStream(archive));
    });
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void keepsTextFilesSkipsVendoredAndBinaryAndListsOversizedOnes() throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("db/migration/V1__init.sql", bytes("CREATE TABLE t (id int);\n"));
    files.put("db/migration/V2__seed.sql", new byte[100 * 1024]);
    files.put("vendor/lib/x.sql", bytes("DROP TABLE t;"));
    files.put("docs/logo.png", bytes("png"));
    files.put("data/blob.txt", new byte[] {'a', 0, 'b'});
    String longPath = "src/" + "deeply/".repeat(20) + "Nested.java";
    files.put(longPath, bytes("class Nested {}"));
    SnapshotCache cache = new SnapshotCache(dir, SMALL, Clock.systemUTC());
    FilesAtCommit s = get(cache, SHA, TarBuilder.of("acme/booking", SHA, files));
    assertEquals(List.of("db/migration/V1__init.sql", longPath), s.paths());
    assertArrayEquals(bytes("CREATE TABLE t (id int);\n"), s.read("db/migration/V1__init.sql"));
    assertEquals(Map.of("db/migration/V2__seed.sql", 100L * 1024), s.tooLarge());
    assertThrows(IOException.class, () -> s.read("vendor/lib/x.sql"));

    SnapshotCache restarted = new SnapshotCache(dir, SMALL, Clock.systemUTC());
    assertEquals(s.paths(), get(restarted, SHA, new byte[0]).paths());
    assertEquals(1, downloads.get(), "a commit is downloaded once, also across restarts");
  }

  @Test
  void refusesTraversalAbsolutePathsAndKeepsNothing() throws IOException {
    SnapshotCache cache = new SnapshotCache(dir, SMALL, Clock.systemUTC());
    for (String evil : List.of("acme-booking-0123456/../../etc/passwd", "/etc/passwd", "acme-booking-0123456/a\\..\\b")) {
      byte[] archive = new TarBuilder().file(evil, bytes("root")).finish();
      IOException e = assertThrows(IOException.class, () -> get(cache, SHA, archive));
      assertTrue(e.getMessage().contains("unsafe path"), e.getMessage());
    }
    try (var left = Files.list(dir)) {
      assertEquals(0, left.count(), "no partial snapshot is left behind");
    }
    assertFalse(Files.exists(dir.resolveSibling("etc")));
  }

  @Test
  void neverCreatesOrFollowsLinks() throws IOException {
    byte[] archive = new TarBuilder().entry("acme-booking-0123456/db/link.sql", '2', new byte[0])
        .entry("acme-booking-0123456/db/hard.sql", '1', new byte[0])
        .file("acme-booking-0123456/db/real.sql", bytes("SELECT 1;")).finish();
    FilesAtCommit s = get(new SnapshotCache(dir, SMALL, Clock.systemUTC()), SHA, archive);
    assertEquals(List.of("db/real.sql"), s.paths());
  }

  @Test
  void anArchiveThatLiesAboutSizesOrEndsEarlyIsRefused() throws IOException {
    SnapshotCache cache = new SnapshotCache(dir, SMALL, Clock.systemUTC());
    byte[] claimsMore = new TarBuilder().raw("acme-booking-0123456/a.sql", '0', 10_000, bytes("short")).close();
    assertThrows(IOException.class, () -> get(cache, SHA, claimsMore));
    byte[] noEnd = new TarBuilder().file("acme-booking-0123456/a.sql", bytes("x")).close();
    assertThrows(IOException.class, () -> get(cache, SHA, noEnd));
    byte[] whole = new TarBuilder().file("acme-booking-0123456/a.sql", bytes("x")).finish();
    assertThrows(IOException.class, () -> get(cache, SHA, java.util.Arrays.copyOf(whole, whole.length - 8)));
    byte[] hugeClaim = new TarBuilder().raw("acme-booking-0123456/a.sql", '0', 1L << 40, new byte[0]).close();
    assertThrows(IOException.class, () -> get(cache, SHA, hugeClaim));
    assertEquals(1, get(cache, SHA, whole).paths().size(), "a good archive still works afterwards");
  }

  @Test
  void aGzipBombStopsAtTheExpandedCap() throws IOException {
    byte[] zeros = new byte[5 << 20]; // 5 MB in a file declared as such: compresses to a few KB
    byte[] bomb = new TarBuilder().file("acme-booking-0123456/zeros.txt", zeros).finish();
    assertTrue(bomb.length < 64 * 1024);
    assertThrows(CappedInput.TooLarge.class, () -> get(new SnapshotCache(dir, SMALL, Clock.systemUTC()), SHA, bomb));
  }

  @Test
  void evictsTheLeastRecentlyUsedBeyondItsBound() throws IOException {
    Clock later = Clock.offset(Clock.systemUTC(), java.time.Duration.ofHours(1));
    SnapshotLimits tight = new SnapshotLimits(1 << 20, 4 << 20, 1 << 20, 1 << 20, 600 * 1024);
    SnapshotCache cache = new SnapshotCache(dir, tight, Clock.systemUTC());
    String a = "a".repeat(40);
    String b = "b".repeat(40);
    get(cache, a, TarBuilder.of("acme/booking", a, Map.of("a.txt", bytes("a".repeat(400 * 1024)))));
    new SnapshotCache(dir, tight, later).get(b, sink -> sink.accept(new ByteArrayInputStream(
        TarBuilder.of("acme/booking", b, Map.of("b.txt", bytes("b".repeat(400 * 1024)))))));
    assertFalse(Files.exists(dir.resolve(a)), "the older snapshot went");
    assertTrue(Files.exists(dir.resolve(b)));
  }
}
