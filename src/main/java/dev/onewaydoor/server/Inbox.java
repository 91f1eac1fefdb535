package dev.onewaydoor.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepted deliveries, kept in {@code DATA_DIR/inbox} from the moment we answer 202 until the
 * job queue has drained, so a crash or deploy in between loses no event: the next process
 * replays what is left. Replays are harmless: a review re-reads the pull request's state, and
 * reviews and acknowledgments are idempotent.
 */
final class Inbox {
  private static final Logger LOG = LoggerFactory.getLogger(Inbox.class);

  /** A delivery left by a previous process. */
  record Entry(String delivery, String event, byte[] body) {}

  private final Path dir;
  private final Set<String> queued = new HashSet<>();

  Inbox(Path dataDir) throws IOException {
    this.dir = dataDir.resolve("inbox");
    Files.createDirectories(dir);
  }

  /** Writes the delivery before it is handed to the queue. */
  void save(String delivery, String event, byte[] body) throws IOException {
    Path tmp = dir.resolve(name(delivery) + ".tmp");
    byte[] header = (event + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[header.length + body.length];
    System.arraycopy(header, 0, all, 0, header.length);
    System.arraycopy(body, 0, all, header.length, body.length);
    Files.write(tmp, all);
    Files.move(tmp, file(delivery), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** The delivery's jobs are queued: it may go once the queue has drained. */
  synchronized void queued(String delivery) {
    queued.add(delivery);
  }

  /** The delivery needed no work. */
  void discard(String delivery) {
    delete(delivery);
  }

  /** The queue has no job running or waiting: every queued delivery is done. */
  void drained() {
    List<String> done;
    synchronized (this) {
      done = new ArrayList<>(queued);
      queued.clear();
    }
    done.forEach(this::delete);
  }

  /** Deliveries a previous process accepted and did not finish, oldest first. */
  List<Entry> leftovers() {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.delivery")) {
      ds.forEach(files::add);
    } catch (IOException e) {
      LOG.warn("cannot list {}: {}", dir, e.getMessage());
    }
    files.sort((a, b) -> Long.compare(a.toFile().lastModified(), b.toFile().lastModified()));
    List<Entry> out = new ArrayList<>();
    for (Path f : files) {
      try {
        byte[] all = Files.readAllBytes(f);
        int nl = 0;
        while (nl < all.length && all[nl] != '\n') nl++;
        String event = new String(all, 0, nl, StandardCharsets.UTF_8);
        byte[] body = java.util.Arrays.copyOfRange(all, Math.min(all.length, nl + 1), all.length);
        String name = f.getFileName().toString();
        out.add(new Entry(name.substring(0, name.length() - ".delivery".length()), event, body));
      } catch (IOException e) {
        LOG.warn("cannot read {}: {}", f, e.getMessage());
      }
    }
    return out;
  }

  private void delete(String delivery) {
    try {
      Files.deleteIfExists(file(delivery));
    } catch (IOException e) {
      LOG.warn("cannot delete inbox entry {}: {}", delivery, e.getMessage());
    }
  }

  private Path file(String delivery) {
    return dir.resolve(name(delivery) + ".delivery");
  }

  /** Delivery ids are GUIDs; anything else is made safe for a file name. */
  private static String name(String delivery) {
    return delivery.replaceAll("[^A-Za-z0-9-]", "_");
  }
}
