package dev.onewaydoor.migrations;

import dev.onewaydoor.analysis.MigrationUnit;
import dev.onewaydoor.sql.Dialect;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Finds the migrations among a set of files and reads them, in parallel: parsing is CPU work
 * and files are independent.
 */
public final class MigrationFinder {
  private final Framework framework;
  private final Dialect dialect;

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
          MigrationUnit u = MigrationReader.read(r, dialects.of(r));
          progress.update(done.incrementAndGet(), raw.size());
          return u;
        })
        .collect(Collectors.toList());
    return new Found(units, dialects.notes());
  }
}
