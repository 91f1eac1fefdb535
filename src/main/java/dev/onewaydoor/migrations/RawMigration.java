package dev.onewaydoor.migrations;

/**
 * A migration found by layout, before its SQL is read: which framework, its version and
 * name, and the up and down scripts as file, text and first line (scripts cut from a larger
 * file keep their real line numbers). Down fields are null when there is no down.
 */
record RawMigration(String id, Framework framework, String version, String name, boolean repeatable,
    boolean downsSupported, boolean ordered, Script up, Script down) {

  /**
   * One script: where it lives and its text. {@code text} is null when the file is binary or
   * not UTF-8; {@code destructiveBytes} then says whether its bytes spell a destructive keyword.
   */
  record Script(String file, String text, int firstLine, boolean destructiveBytes) {
    Script(String file, String text, int firstLine) {
      this(file, text, firstLine, false);
    }
  }
}
