package dev.onewaydoor.cli;

/** Bad arguments or unusable input: one clear line on stderr, exit code 2, no stack trace. */
public final class UsageException extends Exception {
  public UsageException(String message) {
    super(message);
  }
}
