package dev.onewaydoor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a check showed and the acknowledgments bound to it survive a restart; labels match case-insensitively. */
class AckStoreTest {
  @TempDir Path dir;

  @Test
  void bindsToTheLatestShownRunAndSurvivesARestart() {
    AckStore store = new AckStore(dir);
    String pr = AckStore.key("acme/booking", 7);
    store.shown(pr, new AckStore.Shown(1, "aaa", Set.of("f1"), Instant.parse("2026-11-27T10:00:00Z")));
    store.shown(pr, new AckStore.Shown(2, "bbb", Set.of("f1", "f2"), Instant.parse("2026-11-27T11:00:00Z")));
    AckStore.Ack ack = store.bindToLatest(pr, "Rollback-Not-Possible", "the label", "alice", Instant.parse("2026-11-27T12:00:00Z"));
    assertEquals(2, ack.runId());
    assertEquals(Set.of("f1", "f2"), ack.covered());
    assertTrue(store.firstNotice("commands:" + pr));

    AckStore restarted = new AckStore(dir);
    assertEquals(ack, restarted.ack(pr, "rollback-not-possible"));
    assertEquals(Set.of("f1"), restarted.shownRun(pr, 1).blocking());
    assertFalse(restarted.firstNotice("commands:" + pr), "a notice is given once, also after a restart");
    restarted.removeAck(pr, "ROLLBACK-NOT-POSSIBLE");
    assertNull(new AckStore(dir).ack(pr, "rollback-not-possible"));
  }

  @Test
  void aLabelBeforeAnyCheckCoversNothing() {
    AckStore store = new AckStore(null);
    AckStore.Ack ack = store.bindToLatest("acme/booking#8", "rollback-not-possible", "the label", "alice", Instant.EPOCH);
    assertEquals(0, ack.runId());
    assertTrue(ack.covered().isEmpty());
  }
}
