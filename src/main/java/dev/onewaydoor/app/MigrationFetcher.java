package dev.onewaydoor.app;

import dev.onewaydoor.config.RepoConfig;
import dev.onewaydoor.github.GitHubException;
import dev.onewaydoor.github.PrFile;
import dev.onewaydoor.github.PullRequest;
import dev.onewaydoor.github.RepoApi;
import dev.onewaydoor.github.Tree;
import dev.onewaydoor.migrations.SourceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fetches what one review needs and nothing more: the PR's changed files (one listing); and
 * only when a migration changed, the base tree and the migration blobs (cached by SHA).
 */
final class MigrationFetcher {
  /** The migrations at base and head, and each changed file's diff lines. */
  record Fetched(List<SourceFile> base, List<SourceFile> head, Map<String, DiffLines> diffs, boolean truncated) {}

  private final BlobCache blobs;

  MigrationFetcher(BlobCache blobs) {
    this.blobs = blobs;
  }

  /** Returns null when the pull request changes no migration. */
  Fetched fetch(RepoApi api, PullRequest pr, RepoConfig config) throws GitHubException {
    List<PrFile> changed = new ArrayList<>();
    for (PrFile f : api.pullRequestFiles(pr.number())) {
      if (config.wants(f.filename()) || (f.previousFilename() != null && config.wants(f.previousFilename()))) {
        changed.add(f);
      }
    }
    if (changed.isEmpty()) return null;
    Tree tree = api.tree(pr.baseSha());
    Map<String, SourceFile> base = new LinkedHashMap<>();
    for (Tree.Entry e : tree.entries()) {
      if (config.wants(e.path())) base.put(e.path(), new SourceFile(e.path(), blob(api, e.sha(), e.path(), pr.baseSha())));
    }
    Map<String, SourceFile> head = new LinkedHashMap<>(base);
    Map<String, DiffLines> diffs = new HashMap<>();
    for (PrFile f : changed) {
      if (f.previousFilename() != null) head.remove(f.previousFilename());
      if (f.status().equals("removed")) {
        head.remove(f.filename());
        continue;
      }
      if (!config.wants(f.filename())) continue;
      head.put(f.filename(), new SourceFile(f.filename(), blob(api, f.sha(), f.filename(), pr.headSha())));
      diffs.put(f.filename(), DiffLines.of(f.patch()));
    }
    return new Fetched(List.copyOf(base.values()), List.copyOf(head.values()), diffs, tree.truncated());
  }

  private byte[] blob(RepoApi api, String sha, String path, String ref) throws GitHubException {
    byte[] cached = sha == null ? null : blobs.get(sha);
    if (cached != null) return cached;
    byte[] bytes = sha != null ? api.blob(sha) : api.contents(path, ref);
    if (bytes == null) bytes = new byte[0];
    if (sha != null) blobs.put(sha, bytes);
    return bytes;
  }

}
