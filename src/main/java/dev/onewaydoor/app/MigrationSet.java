package dev.onewaydoor.app;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.config.RepoConfig;
import dev.onewaydoor.github.ChangedFile;
import dev.onewaydoor.github.GitHubException;
import dev.onewaydoor.limits.Sizes;
import dev.onewaydoor.migrations.SourceFile;
import dev.onewaydoor.snapshot.FilesAtCommit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The migration files of one review being assembled: the base commit's, then the head's as
 * the base with the change applied. Every byte read counts against the job's budget; a
 * changed file over the per-file cap becomes a blocking finding instead of being read.
 */
final class MigrationSet {
  /** The migrations together are over the job's budget. */
  static final class OverBudget extends Exception {
    OverBudget() {
      super("over the job's migration budget");
    }
  }

  /** Fetches a blob by SHA within the per-file cap. */
  @FunctionalInterface
  interface Blobs {
    byte[] get(String sha) throws GitHubException;
  }

  private final RepoConfig config;
  private final JobLimits limits;
  private final Map<String, SourceFile> base = new LinkedHashMap<>();
  private final Map<String, SourceFile> head;
  private final Map<String, DiffLines> diffs = new HashMap<>();
  private final List<Finding> tooLarge = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private long bytes;

  MigrationSet(RepoConfig config, JobLimits limits, FilesAtCommit baseFiles) throws IOException, OverBudget {
    this.config = config;
    this.limits = limits;
    for (String p : baseFiles.paths()) if (config.wants(p)) base.put(p, file(p, baseFiles.read(p)));
    baseFiles.tooLarge().forEach((p, size) -> {
      if (config.wants(p)) {
        notes.add("`" + p + "` (" + Sizes.human(size) + ") on the base branch is over the " + Sizes.human(limits.maxFileBytes())
            + " per-file cap and was not replayed: findings that depend on what it did to the schema may be missed.");
      }
    });
    head = new LinkedHashMap<>(base);
  }

  /** Applies one file of GitHub's comparison, fetching its new content. */
  void apply(ChangedFile f, Blobs blobs) throws GitHubException, OverBudget {
    if (f.previousFilename() != null) head.remove(f.previousFilename());
    if (f.removed()) {
      head.remove(f.filename());
      return;
    }
    if (!config.wants(f.filename())) return;
    byte[] content;
    try {
      content = blobs.get(f.sha());
    } catch (GitHubException e) {
      if (!e.tooLarge()) throw e;
      tooLarge(f.filename(), -1);
      return;
    }
    if (content == null) throw new GitHubException(404, "the blob of " + f.filename() + " is missing");
    head.put(f.filename(), file(f.filename(), content));
    diffs.put(f.filename(), DiffLines.of(f.patch()));
  }

  /** Applies the difference of two archives' migrations; returns false when there is none. */
  boolean applyArchives(FilesAtCommit from, FilesAtCommit to) throws IOException, OverBudget {
    TreeSet<String> paths = new TreeSet<>();
    for (FilesAtCommit c : List.of(from, to)) {
      for (String p : c.paths()) if (config.wants(p)) paths.add(p);
      for (String p : c.tooLarge().keySet()) if (config.wants(p)) paths.add(p);
    }
    boolean changed = false;
    for (String p : paths) {
      if (to.tooLarge().containsKey(p)) {
        tooLarge(p, to.tooLarge().get(p)); // unread, so it cannot be shown unchanged
        changed = true;
      } else if (!to.has(p)) {
        changed |= head.remove(p) != null || from.has(p) || from.tooLarge().containsKey(p);
      } else if (!from.has(p) || from.size(p) != to.size(p) || !Arrays.equals(from.read(p), to.read(p))) {
        head.put(p, file(p, to.read(p)));
        changed = true;
      }
    }
    return changed;
  }

  Change.Migrations result() {
    return new Change.Migrations(List.copyOf(base.values()), List.copyOf(head.values()), diffs, tooLarge, notes);
  }

  private void tooLarge(String path, long size) {
    head.remove(path);
    base.remove(path);
    tooLarge.add(TooLarge.finding(path, size, limits.maxFileBytes()));
  }

  private SourceFile file(String path, byte[] content) throws OverBudget {
    bytes += content.length;
    if (bytes > limits.maxMigrationBytes()) throw new OverBudget();
    return new SourceFile(path, content);
  }
}
