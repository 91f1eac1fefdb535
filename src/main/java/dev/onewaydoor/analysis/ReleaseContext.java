package dev.onewaydoor.analysis;

import java.util.List;

/**
 * What a {@link ReleaseRule} may know about one release of one dialect history: the net effect
 * of its ups on what the previous release can see, each rollback step with what its downs
 * leave behind, and whether the history writes downs at all.
 */
public final class ReleaseContext extends RuleContext {
  private final Release release;

  ReleaseContext(Rule rule, Reporter reporter, Release release) {
    super(rule, reporter, release.dialect());
    this.release = release;
  }

  /** The net effect of the whole release: the schema before it against the schema after it. */
  public NetEffect net() {
    return release.net();
  }

  /** The release's rollback steps, in the order they were applied. */
  public List<Rollback> rollbacks() {
    return release.rollbacks();
  }

  public DownPolicy downPolicy() {
    return release.downPolicy();
  }

  /** A subject for a finding about {@code change}, in this history's dialect. */
  public Subject subject(NetChange change) {
    return change.subject(dialect());
  }
}
