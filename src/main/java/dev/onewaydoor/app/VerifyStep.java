package dev.onewaydoor.app;

import dev.onewaydoor.analysis.ChangeSet;
import dev.onewaydoor.check.Checker;
import dev.onewaydoor.config.RepoConfig;
import dev.onewaydoor.migrations.Progress;
import dev.onewaydoor.migrations.SourceFile;
import java.util.List;
import dev.onewaydoor.verify.Verification;
import dev.onewaydoor.verify.Verifier;

/**
 * The review's verification on a real database, when the repository's base config asks for it
 * ({@code verify:}). Pull requests from forks run strangers' SQL: they are verified only when
 * the App's operator allows it ({@code VERIFY_FORKS=true}); otherwise the check says so.
 */
final class VerifyStep {
  static final String FORK_NOTE = "not verified: this pull request comes from a fork, and this App verifies"
      + " pull requests from forks only when its operator sets VERIFY_FORKS=true";

  private final Verifier verifier;
  private final boolean forks;

  VerifyStep(Verifier verifier, boolean forks) {
    this.verifier = verifier;
    this.forks = forks;
  }

  /**
   * Verifies the change from the {@code base} to the {@code head} migration files. They are read
   * again here (cheap next to running them) so that the memory-bounded analysis is untouched.
   */
  Verification run(RepoConfig config, List<SourceFile> base, List<SourceFile> head, boolean fromFork) {
    if (!config.verify().enabled()) return Verification.NONE;
    ChangeSet changes = new Checker(config).read(base, head, Progress.NONE).changes();
    if (fromFork && !forks) return Verifier.notVerified(changes, FORK_NOTE);
    return verifier.verify(changes, config.verify());
  }
}
