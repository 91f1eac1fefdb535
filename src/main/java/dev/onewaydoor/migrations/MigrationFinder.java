package dev.onewaydoor.migrations;

import dev.onewaydoor.analysis.MigrationUnit;
import dev.onewaydoor.sql.Dialect;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Finds the migrations among a set of files and reads them, in parallel: parsing is CPU work
 * and files are independent. One finder reads the head and then the base of a change: a
 * migration the change did not touch is read once and shared, which halves the work (and the
 * memory) of a review of a long history.
 */
public final class MigrationFinder {
  private final Framework framework;
  private final Dialect dialect;
  private final Map<ReadKey, MigrationUnit> read = new ConcurrentHashMap<>();

  /** What makes two reads of a migration the same: where it is, what it says, how it is read. */
  private record ReadKey(String id, Dialect dialect, String up, String downFile, String down, String group) {
    static ReadKey of(RawMigration r, Dialect d) {
      return new ReadKey(r.id(), d, r.up().text() == null ? r.up().file() : r.up().text(),
          r.down() == null ? null : r.down().file(), r.down() == null ? null : r.down().text(), r.group());
    }
  }

  /** Either argument may be null to detect it from the files. */
  public MigrationFinder(Framework framework, Dialect dialect) {
    this.framework = framework;
    this.dialect = dialect;
  }

  /** The migrations found, and what had to be assumed to read them (a dialect, say). */
  public record Found(List<MigrationUnit> units, List<String> notes) {}

  /** Returns the migrations in {@code files}; {@code progress} receives the count read so far. */
  public Found read(List<SourceFile> files, Progress progress) {
    List<RawMigration> raw = MigrationLayout.discover(files, framework);
    DialectResolver dialects = DialectResolver.resolve(raw, dialect);
    AtomicInteger done = new AtomicInteger();
    List<MigrationUnit> units = raw.parallelStream()
        .map(r -> {
          Dialect d = dialects.of(r);
          MigrationUnit u = read.computeIfAbsent(ReadKey.of(r, d), k -> MigrationReader.read(r, d));
          progress.update(done.incrementAndGet(), raw.size());
          return u;
        })
        .collect(Collectors.toList());
    return new Found(units, dialects.notes());
  }
}
