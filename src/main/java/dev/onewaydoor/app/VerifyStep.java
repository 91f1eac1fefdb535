package dev.onewaydoor.app;

import dev.onewaydoor.analysis.ChangeSet;
import dev.onewaydoor.config.RepoConfig;
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

  Verification run(ChangeSet changes, RepoConfig config, boolean fromFork) {
    if (!config.verify().enabled()) return Verification.NONE;
    if (fromFork && !forks) return Verifier.notVerified(changes, FORK_NOTE);
    return verifier.verify(changes, config.verify());
  }
}
