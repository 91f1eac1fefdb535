package dev.onewaydoor.analysis;

/**
 * Where a change comes from: a file, the 1-based line and column of its statement, and the
 * statement's original text.
 */
public record Source(String file, int line, int column, String text) {

  /** A position with no statement text, for findings about a whole file. */
  public static Source file(String file) {
    return new Source(file, 1, 1, "");
  }
}
