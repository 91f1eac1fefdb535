package dev.onewaydoor.app;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the App remembers per pull request: the check runs it completed and the blocking
 * findings each showed, the acknowledgments bound to one of them, and the notices already
 * given (so each is said once). Kept in {@code DATA_DIR/pull-requests.json} when a data
 * directory is set, else in memory.
 */
public final class AckStore {
  private static final Logger LOG = LoggerFactory.getLogger(AckStore.class);
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
      .registerModule(new SimpleModule().addSerializer(Instant.class, new JsonSerializer<>() {
        @Override
        public void serialize(Instant v, JsonGenerator g, SerializerProvider p) throws IOException {
          g.writeString(v.toString());
        }
      }).addDeserializer(Instant.class, new JsonDeserializer<>() {
        @Override
        public Instant deserialize(JsonParser p, DeserializationContext c) throws IOException {
          return Instant.parse(p.getValueAsString());
        }
      }));
  /** Check runs remembered per pull request: enough for a click on a recent one. */
  private static final int SHOWN_PER_PR = 10;
  /** Pull requests remembered; the least recently active go first (closed ones, in practice). */
  static final int MAX_ENTRIES = 20_000;

  /**
   * An acknowledgment: the label (or the button) by {@code by} at {@code at}, covering the
   * blocking findings ({@code covered}) of check run {@code runId}, 0 when none had been shown.
   */
  public record Ack(String via, String by, Instant at, long runId, Set<String> covered) {
    public Ack {
      covered = Set.copyOf(covered);
    }
  }

  /** A completed check run and the fingerprints of the blocking findings it showed. */
  public record Shown(long runId, String headSha, Set<String> blocking, Instant at) {
    public Shown {
      blocking = Set.copyOf(blocking);
    }
  }

  /** Everything, as saved. */
  public record State(Map<String, Ack> acks, Map<String, List<Shown>> shown, Set<String> notices) {}

  private final Path file;
  private final Map<String, Ack> acks = new HashMap<>();
  private final Map<String, List<Shown>> shown = new HashMap<>();
  private final Set<String> notices = new LinkedHashSet<>();

  public AckStore(Path dataDir) {
    this.file = dataDir == null ? null : dataDir.resolve("pull-requests.json");
    if (file != null && Files.isRegularFile(file)) {
      try {
        State s = MAPPER.readValue(file.toFile(), State.class);
        if (s.acks() != null) acks.putAll(s.acks());
        if (s.shown() != null) s.shown().forEach((k, v) -> shown.put(k, new ArrayList<>(v)));
        if (s.notices() != null) notices.addAll(s.notices());
      } catch (IOException | RuntimeException e) {
        LOG.warn("ignoring unreadable {}: {}", file, e.getMessage());
      }
    }
  }

  public static String key(String repo, int pr) {
    return repo + "#" + pr;
  }

  private static String ackKey(String pr, String label) {
    return pr + "\0" + label.toLowerCase(Locale.ROOT);
  }

  /** The acknowledgment by {@code label} (compared case-insensitively, as GitHub does), or null. */
  public synchronized Ack ack(String pr, String label) {
    return acks.get(ackKey(pr, label));
  }

  /** Binds an acknowledgment to the latest check run shown on the pull request (or to none). */
  public synchronized Ack bindToLatest(String pr, String label, String via, String by, Instant at) {
    List<Shown> runs = shown.getOrDefault(pr, List.of());
    Shown latest = runs.isEmpty() ? null : runs.get(runs.size() - 1);
    Ack ack = latest == null ? new Ack(via, by, at, 0, Set.of()) : new Ack(via, by, at, latest.runId(), latest.blocking());
    acks.put(ackKey(pr, label), ack);
    save();
    return ack;
  }

  public synchronized void putAck(String pr, String label, Ack ack) {
    acks.put(ackKey(pr, label), ack);
    save();
  }

  public synchronized void removeAck(String pr, String label) {
    if (acks.remove(ackKey(pr, label)) != null) save();
  }

  /** Records what a completed check run showed. */
  public synchronized void shown(String pr, Shown run) {
    List<Shown> runs = shown.computeIfAbsent(pr, k -> new ArrayList<>());
    runs.removeIf(r -> r.runId() == run.runId());
    runs.add(run);
    while (runs.size() > SHOWN_PER_PR) runs.remove(0);
    save();
  }

  /** What check run {@code runId} showed, or null when this App did not record it. */
  public synchronized Shown shownRun(String pr, long runId) {
    for (Shown s : shown.getOrDefault(pr, List.of())) if (s.runId() == runId) return s;
    return null;
  }

  /** Returns true the first time {@code notice} is given (and remembers it). */
  public synchronized boolean firstNotice(String notice) {
    if (!notices.add(notice)) return false;
    if (notices.size() > 10_000) notices.remove(notices.iterator().next());
    save();
    return true;
  }

  /** Forgets the oldest entries beyond {@link #MAX_ENTRIES}, so the file stays bounded on busy installations. */
  private void trim() {
    while (acks.size() > MAX_ENTRIES) {
      acks.entrySet().stream().min(java.util.Map.Entry.comparingByValue(java.util.Comparator.comparing(Ack::at)))
          .ifPresent(e -> acks.remove(e.getKey()));
    }
    while (shown.size() > MAX_ENTRIES) {
      shown.entrySet().stream().min(java.util.Map.Entry.comparingByValue(java.util.Comparator.comparing(
          (List<Shown> l) -> l.get(l.size() - 1).at()))).ifPresent(e -> shown.remove(e.getKey()));
    }
  }

  private void save() {
    trim();
    if (file == null) return;
    try {
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      MAPPER.writeValue(tmp.toFile(), new State(acks, shown, notices));
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      LOG.error("cannot save pull request state to {}: {}", file, e.getMessage());
    }
  }
}
