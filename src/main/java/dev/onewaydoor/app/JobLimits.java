package dev.onewaydoor.app;

import dev.onewaydoor.snapshot.SnapshotLimits;

/**
 * How much reviews may hold in memory: each migration file at most {@code maxFileBytes} (a
 * larger one is a blocking "too large to analyse" finding, not read), and the migrations all
 * running reviews analyse together at most {@code maxMigrationBytes} — shared, and also the
 * most one review may have (else its check fails saying so). Analysis holds up to twenty
 * times the bytes it reads (a 6.7 MB history of ALTER TABLE … ADD COLUMN, parsed at base and
 * head, filled a 126 MB heap: SeedMigrationMemoryIT), so the default is a thirty-second of
 * the heap: 3.9 MB under fly.toml's flags.
 */
record JobLimits(long maxFileBytes, long maxMigrationBytes, SnapshotLimits snapshots) {
  static final JobLimits DEFAULT = new JobLimits(SnapshotLimits.DEFAULT.maxFileBytes(),
      Math.max(SnapshotLimits.DEFAULT.maxFileBytes(), Runtime.getRuntime().maxMemory() / 32), SnapshotLimits.DEFAULT);

  /** The defaults, with repository archives read up to {@code maxRepositoryMb} (compressed and kept). */
  static JobLimits forRepositories(int maxRepositoryMb) {
    long max = (long) maxRepositoryMb << 20;
    SnapshotLimits s = SnapshotLimits.DEFAULT;
    return new JobLimits(DEFAULT.maxFileBytes(), DEFAULT.maxMigrationBytes(),
        new SnapshotLimits(max, Math.max(4 * max, s.maxFileBytes()), max, s.maxFileBytes(), Math.max(3 * max, s.maxCacheBytes())));
  }
}
