package dev.onewaydoor.config;

import java.time.Duration;

/**
 * {@code verify:} in {@code .github/onewaydoor.yml}: whether the App runs each change on a real
 * database (up, previous-release probes, down, up again), and its limits. Like all config it
 * is read from the base branch. The CLI verifies with {@code --verify} and takes the limits
 * from here.
 *
 * @param enabled the App verifies pull requests of this repository (default false)
 * @param budget the whole run, base history included (default 120 s); past it the check says
 *     "not verified: budget" and the static findings stand
 * @param statementTimeout one statement of a migration (default 30 s)
 * @param lockTimeout waiting for one lock (default 10 s)
 */
public record VerifyConfig(boolean enabled, Duration budget, Duration statementTimeout, Duration lockTimeout) {
  public static final Duration MAX_BUDGET = Duration.ofMinutes(10);

  public static VerifyConfig defaults() {
    return new VerifyConfig(false, Duration.ofSeconds(120), Duration.ofSeconds(30), Duration.ofSeconds(10));
  }

  public VerifyConfig withEnabled(boolean on) {
    return new VerifyConfig(on, budget, statementTimeout, lockTimeout);
  }

  public VerifyConfig withBudget(Duration d) {
    return new VerifyConfig(enabled, d, statementTimeout, lockTimeout);
  }
}
