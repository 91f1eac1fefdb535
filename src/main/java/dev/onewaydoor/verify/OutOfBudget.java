package dev.onewaydoor.verify;

import dev.onewaydoor.analysis.Source;

/** The run's budget ran out while {@code at} was running: verification stops, never passes. */
final class OutOfBudget extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient Source at;

  OutOfBudget(Source at) {
    super("budget used up at " + at.file() + ":" + at.line(), null, false, false);
    this.at = at;
  }

  Source at() {
    return at;
  }
}
