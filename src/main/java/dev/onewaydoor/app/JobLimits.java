package dev.onewaydoor.app;

import dev.onewaydoor.snapshot.SnapshotLimits;

/**
 * How much one review may hold in memory: each migration file at most {@code maxFileBytes}
 * (a larger one is a blocking "too large to analyse" finding, not read), and the migrations
 * of base and head together at most {@code maxMigrationBytes} (else the check fails saying
 * so). With four jobs at a time this keeps reviews inside a 100 MB heap.
 */
record JobLimits(long maxFileBytes, long maxMigrationBytes, SnapshotLimits snapshots) {
  static final JobLimits DEFAULT = new JobLimits(SnapshotLimits.DEFAULT.maxFileBytes(), 12L << 20, SnapshotLimits.DEFAULT);

  /** The defaults, with repository archives read up to {@code maxRepositoryMb} (compressed and kept). */
  static JobLimits forRepositories(int maxRepositoryMb) {
    long max = (long) maxRepositoryMb << 20;
    SnapshotLimits s = SnapshotLimits.DEFAULT;
    return new JobLimits(DEFAULT.maxFileBytes(), DEFAULT.maxMigrationBytes(),
        new SnapshotLimits(max, Math.max(4 * max, s.maxFileBytes()), max, s.maxFileBytes(), Math.max(3 * max, s.maxCacheBytes())));
  }
}
