package dev.onewaydoor.github;

import java.time.Clock;
import okhttp3.Response;

/**
 * When to retry a GitHub request and how long to wait: 5xx answers and network errors with
 * exponential backoff; 403/429 rate limits after {@code Retry-After}, else until
 * {@code x-ratelimit-reset}, else at least a minute, doubling. Waits are bounded so a job
 * ends in bounded time and reports instead of hanging.
 */
final class RetryPolicy {
  static final int MAX_ATTEMPTS = 5;
  /** Longest single wait; longer rate-limit windows fail the job with a clear message. */
  static final long MAX_WAIT_MS = 5 * 60_000L;

  private final Clock clock;

  RetryPolicy(Clock clock) {
    this.clock = clock;
  }

  /** True for answers worth retrying. */
  static boolean retryable(Response r) {
    int s = r.code();
    return s >= 500 || s == 429 || (s == 403 && isRateLimit(r));
  }

  static boolean isRateLimit(Response r) {
    return r.header("Retry-After") != null || "0".equals(r.header("x-ratelimit-remaining"));
  }

  /** Milliseconds to wait before attempt {@code attempt + 1} (attempts count from 1). */
  long delay(Response r, int attempt) {
    if (r != null && (r.code() == 403 || r.code() == 429)) {
      String retryAfter = r.header("Retry-After");
      if (retryAfter != null) return seconds(retryAfter) * 1000L;
      String reset = r.header("x-ratelimit-reset");
      if (reset != null) return Math.max(1000L, seconds(reset) * 1000L - clock.millis());
      return 60_000L << (attempt - 1);
    }
    return 1000L << (attempt - 1); // 1 s, 2 s, 4 s, 8 s
  }

  private static long seconds(String value) {
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return 60;
    }
  }
}
