package dev.onewaydoor.snapshot;

/**
 * How much of a repository archive is read and kept.
 *
 * @param maxArchiveBytes compressed bytes downloaded per commit
 * @param maxExpandedBytes uncompressed bytes read per commit, skipped files included (a gzip bomb stops here)
 * @param maxKeptBytes bytes written to disk per commit, after skipping vendored and binary files
 * @param maxFileBytes one file; larger ones are listed as too large and not kept
 * @param maxCacheBytes all cached commits together; the least recently used go first
 */
public record SnapshotLimits(long maxArchiveBytes, long maxExpandedBytes, long maxKeptBytes, long maxFileBytes,
    long maxCacheBytes) {
  /** Sized for a 1 GB volume and repositories of a few hundred MB. */
  public static final SnapshotLimits DEFAULT =
      new SnapshotLimits(256L << 20, 1024L << 20, 256L << 20, 2L << 20, 768L << 20);
}
