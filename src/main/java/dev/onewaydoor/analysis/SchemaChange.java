package dev.onewaydoor.analysis;

import java.util.List;

/**
 * The change IR: every frontend (SQL dialects today; Liquibase XML, Rails, Django, Alembic
 * tomorrow) turns its input into these values, and rules are written against them only.
 * Table names are normalised: unquoted names are lower case and {@code public.} is dropped.
 */
public sealed interface SchemaChange {
  Source source();

  record CreateTable(Source source, String table, List<ColumnDef> columns, boolean ifNotExists)
      implements SchemaChange {}

  record DropTable(Source source, String table) implements SchemaChange {}

  record RenameTable(Source source, String from, String to) implements SchemaChange {}

  record AddColumn(Source source, String table, ColumnDef column) implements SchemaChange {}

  record DropColumn(Source source, String table, String column) implements SchemaChange {}

  record RenameColumn(Source source, String table, String from, String to) implements SchemaChange {}

  /** {@code from} is the type before when the frontend knows it, else null (the schema model knows). */
  record AlterColumnType(Source source, String table, String column, String from, String to)
      implements SchemaChange {}

  record SetNotNull(Source source, String table, String column) implements SchemaChange {}

  record DropNotNull(Source source, String table, String column) implements SchemaChange {}

  record SetDefault(Source source, String table, String column, String value) implements SchemaChange {}

  record DropDefault(Source source, String table, String column) implements SchemaChange {}

  /** {@code validated} is false for PostgreSQL's {@code NOT VALID}. */
  record AddConstraint(Source source, String table, String name, ConstraintKind kind, boolean validated)
      implements SchemaChange {}

  record DropConstraint(Source source, String table, String name) implements SchemaChange {}

  record Truncate(Source source, String table) implements SchemaChange {}

  record DeleteRows(Source source, String table, boolean hasWhere) implements SchemaChange {}

  record UpdateRows(Source source, String table, boolean hasWhere) implements SchemaChange {}

  record CreateIndex(Source source, String table, String name, boolean concurrent, boolean unique)
      implements SchemaChange {}

  record DropIndex(Source source, String name, boolean concurrent) implements SchemaChange {}

  record DropSchema(Source source, String schema, boolean cascade) implements SchemaChange {}

  /**
   * A statement the frontend could not understand. {@code destructive} is true when its text
   * contains DROP, RENAME, TRUNCATE, DELETE or ALTER … TYPE: such a statement must not pass.
   */
  record RawUnknown(Source source, String reason, boolean destructive) implements SchemaChange {}

  /** Kinds of table constraint. */
  enum ConstraintKind { PRIMARY_KEY, UNIQUE, FOREIGN_KEY, CHECK, EXCLUDE, OTHER }
}
