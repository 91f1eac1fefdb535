package dev.onewaydoor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Report pages: unguessable ids, kept across restarts in DATA_DIR, gone once expired. */
class ReportPagesTest {
  @TempDir Path dir;
  private Instant now = Instant.parse("2026-11-28T00:00:00Z");
  private final Clock clock = new Clock() {
    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  };

  @Test
  void idsAreRandomAndUrlSafe() {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String id = ReportPages.newId();
      assertTrue(id.matches("[A-Za-z0-9_-]{22}"), id);
      ids.add(id);
    }
    assertEquals(1000, ids.size());
  }

  @Test
  void aPageSurvivesARestartUntilItExpires() throws Exception {
    ReportPages pages = new ReportPages(dir, clock, Duration.ofDays(30));
    String id = ReportPages.newId();
    pages.put(id, "# report", pages.expiry());
    ReportPages afterRestart = new ReportPages(dir, clock, Duration.ofDays(30));
    assertEquals(Optional.of("# report"), afterRestart.get(id));
    now = now.plus(Duration.ofDays(31));
    assertEquals(Optional.empty(), afterRestart.get(id));
    assertFalse(Files.exists(dir.resolve(id + ".md")), "an expired page is deleted");
  }

  @Test
  void expiredPagesNobodyOpensAreSweptWhenAnotherIsWritten() throws Exception {
    ReportPages pages = new ReportPages(dir, clock, Duration.ofDays(30));
    String old = ReportPages.newId();
    pages.put(old, "# old", pages.expiry());
    now = now.plus(Duration.ofDays(31));
    String fresh = ReportPages.newId();
    pages.put(fresh, "# fresh", pages.expiry());
    assertFalse(Files.exists(dir.resolve(old + ".md")), "the expired page is gone from the disk");
    assertEquals(Optional.of("# fresh"), pages.get(fresh));
  }

  @Test
  void idsThatAreNotOursNeverTouchTheDisk() throws Exception {
    ReportPages pages = new ReportPages(dir, clock, Duration.ofDays(1));
    assertEquals(Optional.empty(), pages.get("../../etc/passwd"));
    assertEquals(Optional.empty(), pages.get(ReportPages.newId()));
    assertThrows(IllegalArgumentException.class, () -> pages.put("../x", "m", now));
  }

  @Test
  void inMemoryWithoutDataDirAndCapped() throws Exception {
    ReportPages pages = new ReportPages(null, clock, Duration.ofDays(1));
    String first = ReportPages.newId();
    pages.put(first, "first", pages.expiry());
    String last = null;
    for (int i = 0; i < ReportPages.MAX_PAGES; i++) {
      last = ReportPages.newId();
      pages.put(last, "p" + i, pages.expiry());
    }
    assertEquals(Optional.empty(), pages.get(first), "the oldest page is dropped past the cap");
    assertEquals(Optional.of("p" + (ReportPages.MAX_PAGES - 1)), pages.get(last));
  }
}
