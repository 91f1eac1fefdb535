package dev.onewaydoor.github;

/**
 * A GitHub request that failed for good: a 4xx answer, or a 5xx/rate limit that outlasted
 * the retries. {@code status} is 0 when no answer came at all.
 */
public final class GitHubException extends Exception {
  private final int status;

  public GitHubException(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
