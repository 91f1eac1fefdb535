package dev.onewaydoor.analysis;

import java.util.List;

/**
 * Whether a history uses down migrations at all: a repository that never writes them, or
 * ships them empty by policy, rolls forward instead, and a missing down there is no news.
 *
 * @param runsDowns the framework can run down scripts
 * @param written down scripts found in the history
 * @param withStatements of those, the ones that do something
 */
public record DownPolicy(boolean runsDowns, int written, int withStatements) {
  /** Share of non-empty downs under which empty downs count as a policy, not an omission. */
  private static final double EMPTY_POLICY_SHARE = 0.1;

  static DownPolicy of(List<MigrationUnit> history) {
    boolean runs = false;
    int written = 0;
    int withStatements = 0;
    for (MigrationUnit u : history) {
      if (!u.migration().downsSupported()) continue;
      runs = true;
      if (!u.hasDown()) continue;
      written++;
      if (u.down().statements() > 0) withStatements++;
    }
    return new DownPolicy(runs, written, withStatements);
  }

  /** The history has no down scripts at all. */
  public boolean neverWritten() {
    return runsDowns && written == 0;
  }

  /** Down scripts exist, but (almost) all of them are empty. */
  public boolean emptyByPolicy() {
    return written >= 3 && withStatements < written * EMPTY_POLICY_SHARE;
  }

  /** True when a missing or empty down is an omission worth reporting. */
  public boolean expectsDowns() {
    return runsDowns && !neverWritten() && !emptyByPolicy();
  }
}
