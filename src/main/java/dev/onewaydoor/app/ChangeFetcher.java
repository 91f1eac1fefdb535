package dev.onewaydoor.app;

import dev.onewaydoor.config.RepoConfig;
import dev.onewaydoor.github.ChangedFile;
import dev.onewaydoor.github.Comparison;
import dev.onewaydoor.github.GitHubException;
import dev.onewaydoor.github.RepoApi;
import dev.onewaydoor.limits.Sizes;
import dev.onewaydoor.references.CodeTree;
import dev.onewaydoor.snapshot.FilesAtCommit;
import dev.onewaydoor.snapshot.SnapshotCache;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Fetches exactly the change a job names: the comparison of its base and head SHAs (never the
 * pull request's live file list, which may have moved on). The base's migrations come from
 * the cached archive of the base commit. When GitHub's file list may be cut short (it stops at
 * 300), the change is computed from the archives of the merge base and the head instead; when
 * even those are over their caps, the change is unreviewable — never reviewed in part. The
 * code at either commit, for the code scan, comes from the same archives.
 */
final class ChangeFetcher {
  private final SnapshotCache snapshots;
  private final JobLimits limits;

  ChangeFetcher(SnapshotCache snapshots, JobLimits limits) {
    this.snapshots = snapshots;
    this.limits = limits;
  }

  Change fetch(RepoApi api, String baseSha, String headSha, RepoConfig config) throws GitHubException, IOException {
    Comparison cmp = api.compare(baseSha, headSha);
    try {
      if (!cmp.truncated()) {
        List<ChangedFile> changed = new ArrayList<>();
        for (ChangedFile f : cmp.files()) {
          if (config.wants(f.filename()) || (f.previousFilename() != null && config.wants(f.previousFilename()))) {
            changed.add(f);
          }
        }
        if (changed.isEmpty()) return new Change.None();
        MigrationSet set = new MigrationSet(config, limits, snapshot(api, baseSha));
        for (ChangedFile f : changed) set.apply(f, sha -> api.blob(sha, limits.maxFileBytes()));
        return set.result();
      }
      FilesAtCommit head = snapshot(api, headSha);
      FilesAtCommit mergeBase = snapshot(api, cmp.mergeBaseSha());
      FilesAtCommit base = cmp.mergeBaseSha().equals(baseSha) ? mergeBase : snapshot(api, baseSha);
      MigrationSet set = new MigrationSet(config, limits, base);
      if (!set.applyArchives(mergeBase, head)) return new Change.None();
      return set.result();
    } catch (GitHubException e) {
      if (!e.tooLarge()) throw e;
      return unreviewable(cmp, e.getMessage());
    } catch (MigrationSet.OverBudget e) {
      return new Change.Unreviewable("Migrations over " + Sizes.human(limits.maxMigrationBytes()),
          "The migrations of this change and its base add up to more than " + Sizes.human(limits.maxMigrationBytes())
              + ", more than OneWayDoor holds in memory for one review, so it was not reviewed. Nothing is verified; "
              + "the check fails until the change is smaller (or the history is squashed into a baseline).");
    }
  }

  /**
   * The code of commit {@code sha} for the code scan, from the same cached archive as the
   * migrations at the base; downloaded when the scan first reads it.
   */
  CodeTree code(RepoApi api, String sha) {
    return new SnapshotCode(() -> snapshot(api, sha), snapshots.limits().maxFileBytes());
  }

  private FilesAtCommit snapshot(RepoApi api, String sha) throws GitHubException, IOException {
    return snapshots.get(sha, sink -> api.tarball(sha, in -> {
      sink.accept(in);
      return null;
    }));
  }

  private static Change unreviewable(Comparison cmp, String why) {
    if (cmp.truncated()) {
      return new Change.Unreviewable("Too many files to review",
          "This change touches " + Comparison.FILE_CAP + " files or more, past what GitHub lists, and the repository "
              + "archive could not be read in full either (" + why + "). OneWayDoor never reviews part of a change: "
              + "nothing is verified and the check fails. Split the pull request.");
    }
    return new Change.Unreviewable("Repository too large to review",
        "The repository archive could not be read in full (" + why + "), so the migration history could not be "
            + "replayed. Nothing is verified and the check fails.");
  }
}
