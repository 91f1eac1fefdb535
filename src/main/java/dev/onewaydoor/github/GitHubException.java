package dev.onewaydoor.github;

/**
 * A GitHub request that failed for good: a 4xx answer, or a 5xx/rate limit that outlasted
 * the retries, or an answer larger than the caller allows. {@code status} is 0 when no
 * answer came at all.
 */
public final class GitHubException extends Exception {
  private final int status;
  private final boolean tooLarge;

  public GitHubException(int status, String message) {
    this(status, message, false);
  }

  private GitHubException(int status, String message, boolean tooLarge) {
    super(message);
    this.status = status;
    this.tooLarge = tooLarge;
  }

  /** The answer was larger than the caller's byte budget; its reading was abandoned. */
  public static GitHubException tooLarge(String message) {
    return new GitHubException(200, message, true);
  }

  public int status() {
    return status;
  }

  public boolean tooLarge() {
    return tooLarge;
  }
}
