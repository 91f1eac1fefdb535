package dev.onewaydoor.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepted deliveries, kept in {@code DATA_DIR/inbox} from the moment we answer 202 until
 * their jobs are done, so a crash or deploy in between loses no event: the next process
 * replays what is left. Each start of a delivery's jobs is counted in a file beside it, so a
 * delivery that keeps killing the process is recognised after a few restarts and moved to
 * {@code DATA_DIR/quarantine} instead of being replayed forever.
 */
final class Inbox {
  private static final Logger LOG = LoggerFactory.getLogger(Inbox.class);

  /** A delivery left by a previous process, and how many times its jobs were started. */
  record Entry(String delivery, String event, Path file, int attempts) {}

  private final Path dir;
  private final Path quarantine;

  Inbox(Path dataDir) throws IOException {
    this.dir = Files.createDirectories(dataDir.resolve("inbox"));
    this.quarantine = dataDir.resolve("quarantine");
  }

  /** Writes the delivery before it is handed to the queue: "event delivery-id", a newline, the body. */
  void save(String delivery, String event, SpooledBody body) throws IOException {
    Path tmp = dir.resolve(name(delivery) + ".tmp");
    try (OutputStream out = Files.newOutputStream(tmp); InputStream in = body.open()) {
      out.write((event + " " + delivery + "\n").getBytes(StandardCharsets.UTF_8));
      in.transferTo(out);
    }
    Files.move(tmp, file(delivery), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** A job of the delivery starts: one more attempt, on disk before any work is done. */
  void started(String delivery) {
    if (!Files.exists(file(delivery))) return; // not kept (no work, or saved by nobody)
    try {
      Files.writeString(attempts(delivery), "started " + Instant.now() + "\n", StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      LOG.warn("cannot count an attempt of delivery {}", delivery, e);
    }
  }

  /** The delivery's work is done (or it needed none): it is forgotten. */
  void finished(String delivery) {
    try {
      Files.deleteIfExists(file(delivery));
      Files.deleteIfExists(attempts(delivery));
    } catch (IOException e) {
      LOG.warn("cannot delete inbox entry {}", delivery, e);
    }
  }

  /** Deliveries a previous process accepted and did not finish, oldest first. */
  List<Entry> leftovers() {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.delivery")) {
      ds.forEach(files::add);
    } catch (IOException e) {
      LOG.warn("cannot list {}", dir, e);
    }
    files.sort((a, b) -> Long.compare(a.toFile().lastModified(), b.toFile().lastModified()));
    List<Entry> out = new ArrayList<>();
    for (Path f : files) {
      try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        String[] header = r.readLine().split(" ", 2);
        String name = f.getFileName().toString();
        String delivery = header.length == 2 ? header[1] : name.substring(0, name.length() - ".delivery".length());
        out.add(new Entry(delivery, header[0], f, attemptsOf(delivery)));
      } catch (IOException | RuntimeException e) {
        LOG.warn("cannot read inbox entry {}", f, e);
      }
    }
    return out;
  }

  /** The body of a leftover delivery (after its header line). */
  InputStream body(Entry e) throws IOException {
    InputStream in = Files.newInputStream(e.file());
    int c;
    do {
      c = in.read();
    } while (c != -1 && c != '\n');
    return in;
  }

  /** Moves the delivery (and its attempt count) aside for a person to look at; returns where. */
  Path quarantine(Entry e) throws IOException {
    Files.createDirectories(quarantine);
    Path target = quarantine.resolve(e.file().getFileName());
    Files.move(e.file(), target, StandardCopyOption.REPLACE_EXISTING);
    Path count = attempts(e.delivery());
    if (Files.exists(count)) Files.move(count, quarantine.resolve(count.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    return target;
  }

  private int attemptsOf(String delivery) throws IOException {
    Path count = attempts(delivery);
    if (!Files.exists(count)) return 0;
    try (var lines = Files.lines(count)) {
      return (int) lines.filter(l -> !l.isBlank()).count();
    }
  }

  private Path file(String delivery) {
    return dir.resolve(name(delivery) + ".delivery");
  }

  private Path attempts(String delivery) {
    return dir.resolve(name(delivery) + ".attempts");
  }

  /**
   * The file name for a delivery id: GitHub's ids are GUIDs and are used as they are; any
   * other id (too long for a file name, or with characters a path must not have) is hashed.
   */
  static String name(String delivery) {
    if (delivery.matches("[A-Za-z0-9-]{1,100}")) return delivery;
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(delivery.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
