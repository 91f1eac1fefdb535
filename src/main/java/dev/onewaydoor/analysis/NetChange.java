package dev.onewaydoor.analysis;

import dev.onewaydoor.analysis.SchemaModel.Column;
import java.util.List;

/**
 * One thing a release does to what the previous release can see, judged on the schema
 * before and after it, with the statements that caused it ({@code at} first).
 *
 * @param table the table's name before the release
 * @param column the column's name before the release, empty for table-level changes
 * @param newName the name after a rename, else empty
 * @param external the object was not created by any migration (the history does not know it)
 * @param guarded the table was dropped with IF EXISTS
 * @param writtenBy a function created in the same release that writes this column (a trigger
 *     keeping a table filled), or null
 */
public record NetChange(Kind kind, String table, String column, String newName, Column before, Column after,
    boolean external, boolean guarded, Source at, List<Source> causes, Source writtenBy) {

  /** What changed. */
  public enum Kind {
    TABLE_DROPPED, TABLE_RENAMED,
    /** Dropped and re-created under the same name without copying its rows. */
    TABLE_EMPTIED,
    /** Dropped and re-created under the same name, filled from a query (a cache rebuilt from a view). */
    TABLE_REFILLED,
    /** Dropped, not carried over into a rebuilt table, or dropped and re-added empty. */
    COLUMN_DROPPED,
    COLUMN_RENAMED, COLUMN_RETYPED, NOT_NULL_SET, DEFAULT_DROPPED, REQUIRED_COLUMN_ADDED
  }

  public NetChange {
    causes = List.copyOf(causes);
  }

  /** The subject of a finding about this change. */
  public Subject subject(String dialect) {
    return new Subject(dialect, table, column, newName, before, after);
  }
}
