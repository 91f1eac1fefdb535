package dev.onewaydoor.migrations;

import dev.onewaydoor.analysis.SchemaChange.DestructiveWord;
import dev.onewaydoor.sql.Dialect;

/**
 * A migration found by layout, before its SQL is read: which framework, its version and
 * name, and the up and down scripts as file, text and first line (scripts cut from a larger
 * file keep their real line numbers). Down fields are null when there is no down.
 *
 * @param dialect the dialect the layout says (a pop {@code .mysql.} file, or the history a
 *     shared pop file is read for), or null to decide from config, path and content
 * @param group migrations reverted together share it (a pop version group); null for the id
 * @param baseline a Flyway baseline: replaces every migration at or below its version
 */
record RawMigration(String id, Framework framework, String version, String name, boolean repeatable,
    boolean downsSupported, boolean ordered, Script up, Script down, Dialect dialect, String group,
    boolean baseline) {

  RawMigration(String id, Framework framework, String version, String name, boolean repeatable,
      boolean downsSupported, boolean ordered, Script up, Script down) {
    this(id, framework, version, name, repeatable, downsSupported, ordered, up, down, null, null, false);
  }

  /**
   * One script: where it lives and its text. {@code text} is null when the file is binary or
   * not UTF-8; {@code destructiveBytes} is then the destructive keyword its bytes spell, or null.
   */
  record Script(String file, String text, int firstLine, DestructiveWord destructiveBytes) {
    Script(String file, String text, int firstLine) {
      this(file, text, firstLine, null);
    }
  }
}
