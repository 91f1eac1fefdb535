package dev.onewaydoor.github;

/** A check-run annotation: one finding on the lines of a file at the head commit. */
public record Annotation(String path, int startLine, int endLine, Level level, String title, String message,
    String rawDetails) {
  /** GitHub's annotation levels. */
  public enum Level {
    NOTICE("notice"), WARNING("warning"), FAILURE("failure");

    final String wire;

    Level(String wire) {
      this.wire = wire;
    }
  }
}
