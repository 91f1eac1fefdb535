package dev.onewaydoor.analysis;

/**
 * A rule about what a release does as a whole, judged on the schema before and after it
 * ({@link ReleaseContext#net()}) and after its up then its down ({@link ReleaseContext#rollbacks()}).
 */
public abstract non-sealed class ReleaseRule extends Rule {
  protected ReleaseRule(RuleInfo info) {
    super(info);
  }

  /** Called once for each release of each dialect history. */
  public abstract void onRelease(ReleaseContext ctx);
}
