package dev.onewaydoor.snapshot;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * A repository's files at one commit, read lazily: path → bytes. What was left out is said,
 * not hidden: files over the size cap are listed in {@link #tooLarge()} so a caller can report
 * them instead of passing them silently.
 */
public interface FilesAtCommit {
  /** The commit these files are from. */
  String sha();

  /** Every kept file's path, sorted. */
  List<String> paths();

  /** True when the commit has this file and it was kept. */
  boolean has(String path);

  /** The file's bytes; throws for a path not in {@link #paths()}. */
  byte[] read(String path) throws IOException;

  /** The file's size in bytes, or -1 when it is not kept. */
  long size(String path);

  /** Files left out because they are larger than the per-file cap: path → size. */
  Map<String, Long> tooLarge();
}
