package dev.onewaydoor.app;

import dev.onewaydoor.github.GitHubException;
import dev.onewaydoor.limits.Sizes;
import dev.onewaydoor.references.CodeTree;
import dev.onewaydoor.snapshot.FilesAtCommit;
import java.io.IOException;

/**
 * A commit's files from the snapshot cache as a {@link CodeTree} for the code scan. The
 * archive is fetched on first use only, so a review whose findings name nothing costs no
 * download; one too large to read makes the scan say "not scanned" instead of failing the review.
 */
final class SnapshotCode implements CodeTree {
  /** Fetches the commit's files (from the cache, else one archive download). */
  @FunctionalInterface
  interface Fetch {
    FilesAtCommit get() throws GitHubException, IOException;
  }

  private final Fetch fetch;
  private final long maxFileBytes;

  SnapshotCode(Fetch fetch, long maxFileBytes) {
    this.fetch = fetch;
    this.maxFileBytes = maxFileBytes;
  }

  @Override
  public void forEach(Visitor visitor) throws IOException {
    FilesAtCommit files;
    try {
      files = fetch.get();
    } catch (GitHubException e) {
      if (e.tooLarge()) throw new Unavailable(e.getMessage());
      throw new IOException(e.getMessage(), e);
    }
    for (String path : files.paths()) visitor.file(path, files.size(path), () -> files.read(path));
    String reason = "over the " + Sizes.human(maxFileBytes) + " kept per file of a repository archive";
    for (String big : files.tooLarge().keySet()) visitor.skipped(big, reason);
  }
}
