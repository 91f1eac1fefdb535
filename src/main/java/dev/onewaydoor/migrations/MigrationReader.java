package dev.onewaydoor.migrations;

import dev.onewaydoor.analysis.Migration;
import dev.onewaydoor.analysis.MigrationUnit;
import dev.onewaydoor.analysis.ParsedScript;
import dev.onewaydoor.migrations.RawMigration.Script;
import dev.onewaydoor.sql.Dialect;
import dev.onewaydoor.sql.SqlFrontend;
import java.util.List;

/** Reads a found migration's scripts through the SQL frontend into a {@link MigrationUnit}. */
final class MigrationReader {
  private MigrationReader() {}

  static MigrationUnit read(RawMigration raw, Dialect dialect) {
    Script up = raw.up();
    boolean checksummed = raw.framework() == Framework.FLYWAY || raw.framework() == Framework.LIQUIBASE;
    Migration meta = new Migration(raw.id(), up.file(), raw.version(), raw.name(), raw.framework().id(),
        raw.repeatable(), raw.downsSupported(), raw.ordered(), dialect.id(),
        raw.group() == null ? raw.id() : raw.group(), checksummed, raw.baseline());
    Script down = raw.down();
    return new MigrationUnit(meta, textOf(up), parse(up, dialect),
        down == null ? null : down.file(), down == null ? null : textOf(down),
        down == null ? null : parse(down, dialect));
  }

  private static ParsedScript parse(Script s, Dialect dialect) {
    if (s.text() == null) {
      return SqlFrontend.unreadable(s.file(), "the file is binary or not valid UTF-8 text", s.destructiveBytes());
    }
    try {
      return SqlFrontend.parse(s.file(), s.text(), s.firstLine(), dialect);
    } catch (RuntimeException | StackOverflowError e) {
      // A bug of ours must not pass a file silently, nor end the whole check.
      return new ParsedScript(s.file(), List.of(), List.of(), 0, List.of(e));
    }
  }

  /** Unreadable files compare by a marker, so that edits between two binary versions still show. */
  private static String textOf(Script s) {
    return s.text() == null ? "\u0000unreadable:" + s.file() : s.text();
  }
}
