package dev.onewaydoor.app;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Acknowledgments by pull request: who applied the label, when, and which blocking findings
 * existed then ({@code covered} is null until a job has computed them). Kept in
 * {@code DATA_DIR/acknowledgments.json} when a data directory is set, else in memory.
 */
public final class AckStore {
  private static final Logger LOG = LoggerFactory.getLogger(AckStore.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** One acknowledgment. {@code rejectionNoticed} remembers that we already said it does not count. */
  public record Ack(String label, String by, String at, Set<String> covered, boolean rejectionNoticed) {}

  private final Path file;
  private final Map<String, Ack> acks = new HashMap<>();

  public AckStore(Path dataDir) {
    this.file = dataDir == null ? null : dataDir.resolve("acknowledgments.json");
    if (file != null && Files.isRegularFile(file)) {
      try {
        acks.putAll(MAPPER.readValue(file.toFile(), new TypeReference<Map<String, Ack>>() { }));
      } catch (IOException e) {
        LOG.warn("ignoring unreadable {}", file, e);
      }
    }
  }

  public static String key(String repo, int pr) {
    return repo + "#" + pr;
  }

  public synchronized Ack get(String key) {
    return acks.get(key);
  }

  public synchronized void put(String key, Ack ack) {
    acks.put(key, ack);
    save();
  }

  public synchronized void remove(String key) {
    if (acks.remove(key) != null) save();
  }

  /** Records that a person applied {@code label}; other labels' records are left alone. */
  public synchronized void labeled(String key, String label, String by, String at) {
    Ack existing = acks.get(key);
    if (existing != null && !existing.label().equals(label) && !existing.label().isEmpty()) return;
    put(key, new Ack(label, by, at, null, false));
  }

  /** Forgets the acknowledgment when its label is removed. */
  public synchronized void unlabeled(String key, String label) {
    Ack existing = acks.get(key);
    if (existing != null && existing.label().equals(label)) remove(key);
  }

  private void save() {
    if (file == null) return;
    try {
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      MAPPER.writeValue(tmp.toFile(), acks);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      LOG.error("cannot save acknowledgments to {}", file, e);
    }
  }
}
