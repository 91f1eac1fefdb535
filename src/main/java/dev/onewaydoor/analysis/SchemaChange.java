package dev.onewaydoor.analysis;

import java.util.List;

/**
 * The change IR: every frontend (SQL dialects today; Liquibase XML, Rails, Django, Alembic
 * tomorrow) turns its input into these values, and rules are written against them only.
 * Table names are normalised: unquoted names are lower case and {@code public.} is dropped.
 */
public sealed interface SchemaChange {
  Source source();

  /** The same change attributed to another statement, for parse results shared through a cache. */
  SchemaChange withSource(Source s);

  /**
   * {@code columnsKnown} is false for {@code CREATE TABLE … AS SELECT} and {@code LIKE}: the
   * table exists, its columns are not spelled out.
   */
  record CreateTable(Source source, String table, List<ColumnDef> columns, boolean ifNotExists, boolean temporary,
      boolean columnsKnown) implements SchemaChange {
    public CreateTable {
      columns = List.copyOf(columns);
    }

    public CreateTable(Source source, String table, List<ColumnDef> columns, boolean ifNotExists) {
      this(source, table, columns, ifNotExists, false, true);
    }

    public CreateTable withSource(Source s) {
      return new CreateTable(s, table, columns, ifNotExists, temporary, columnsKnown);
    }
  }

  record DropTable(Source source, String table, boolean ifExists) implements SchemaChange {
    public DropTable(Source source, String table) {
      this(source, table, false);
    }

    public DropTable withSource(Source s) {
      return new DropTable(s, table, ifExists);
    }
  }

  record RenameTable(Source source, String from, String to) implements SchemaChange {
    public RenameTable withSource(Source s) {
      return new RenameTable(s, from, to);
    }
  }

  record AddColumn(Source source, String table, ColumnDef column) implements SchemaChange {
    public AddColumn withSource(Source s) {
      return new AddColumn(s, table, column);
    }
  }

  record DropColumn(Source source, String table, String column) implements SchemaChange {
    public DropColumn withSource(Source s) {
      return new DropColumn(s, table, column);
    }
  }

  record RenameColumn(Source source, String table, String from, String to) implements SchemaChange {
    public RenameColumn withSource(Source s) {
      return new RenameColumn(s, table, from, to);
    }
  }

  /** {@code from} is the type before when the frontend knows it, else null (the schema model knows). */
  record AlterColumnType(Source source, String table, String column, String from, String to)
      implements SchemaChange {
    public AlterColumnType withSource(Source s) {
      return new AlterColumnType(s, table, column, from, to);
    }
  }

  record SetNotNull(Source source, String table, String column) implements SchemaChange {
    public SetNotNull withSource(Source s) {
      return new SetNotNull(s, table, column);
    }
  }

  record DropNotNull(Source source, String table, String column) implements SchemaChange {
    public DropNotNull withSource(Source s) {
      return new DropNotNull(s, table, column);
    }
  }

  record SetDefault(Source source, String table, String column, String value) implements SchemaChange {
    public SetDefault withSource(Source s) {
      return new SetDefault(s, table, column, value);
    }
  }

  record DropDefault(Source source, String table, String column) implements SchemaChange {
    public DropDefault withSource(Source s) {
      return new DropDefault(s, table, column);
    }
  }

  /**
   * {@code validated} is false for PostgreSQL's {@code NOT VALID}; {@code columns} are the
   * columns a primary key or unique constraint covers, when the frontend read them.
   */
  record AddConstraint(Source source, String table, String name, ConstraintKind kind, boolean validated,
      List<String> columns) implements SchemaChange {
    public AddConstraint {
      columns = List.copyOf(columns);
    }

    public AddConstraint(Source source, String table, String name, ConstraintKind kind, boolean validated) {
      this(source, table, name, kind, validated, List.of());
    }

    public AddConstraint withSource(Source s) {
      return new AddConstraint(s, table, name, kind, validated, columns);
    }
  }

  record DropConstraint(Source source, String table, String name) implements SchemaChange {
    public DropConstraint withSource(Source s) {
      return new DropConstraint(s, table, name);
    }
  }

  record Truncate(Source source, String table) implements SchemaChange {
    public Truncate withSource(Source s) {
      return new Truncate(s, table);
    }
  }

  record DeleteRows(Source source, String table, boolean hasWhere) implements SchemaChange {
    public DeleteRows withSource(Source s) {
      return new DeleteRows(s, table, hasWhere);
    }
  }

  /** {@code setColumns} are the columns the UPDATE assigns, when the frontend could read them. */
  record UpdateRows(Source source, String table, boolean hasWhere, List<String> setColumns) implements SchemaChange {
    public UpdateRows {
      setColumns = List.copyOf(setColumns);
    }

    public UpdateRows(Source source, String table, boolean hasWhere) {
      this(source, table, hasWhere, List.of());
    }

    public UpdateRows withSource(Source s) {
      return new UpdateRows(s, table, hasWhere, setColumns);
    }
  }

  /** {@code INSERT INTO table … SELECT … FROM fromTable}: rows carried from one table to another. */
  record CopyRows(Source source, String table, String fromTable) implements SchemaChange {
    public CopyRows withSource(Source s) {
      return new CopyRows(s, table, fromTable);
    }
  }

  /** {@code columns} are the plain columns it covers (expressions left out), when the frontend read them. */
  record CreateIndex(Source source, String table, String name, boolean concurrent, boolean unique,
      List<String> columns) implements SchemaChange {
    public CreateIndex {
      columns = List.copyOf(columns);
    }

    public CreateIndex(Source source, String table, String name, boolean concurrent, boolean unique) {
      this(source, table, name, concurrent, unique, List.of());
    }

    public CreateIndex withSource(Source s) {
      return new CreateIndex(s, table, name, concurrent, unique, columns);
    }
  }

  record DropIndex(Source source, String name, boolean concurrent) implements SchemaChange {
    public DropIndex withSource(Source s) {
      return new DropIndex(s, name, concurrent);
    }
  }

  /**
   * A function or procedure created in the release whose body inserts into or updates
   * {@code table}, setting {@code columns}: a trigger, say, that keeps an aggregate table filled.
   */
  record RoutineWrites(Source source, String routine, String table, List<String> columns) implements SchemaChange {
    public RoutineWrites {
      columns = List.copyOf(columns);
    }

    public RoutineWrites withSource(Source s) {
      return new RoutineWrites(s, routine, table, columns);
    }
  }

  /** {@code ALTER TYPE from RENAME TO to}: columns of the type keep it under its new name. */
  record RenameType(Source source, String from, String to) implements SchemaChange {
    public RenameType withSource(Source s) {
      return new RenameType(s, from, to);
    }
  }

  record DropSchema(Source source, String schema, boolean cascade) implements SchemaChange {
    public DropSchema withSource(Source s) {
      return new DropSchema(s, schema, cascade);
    }
  }

  /**
   * A statement the frontend could not understand. {@code destructiveWord} is the first of
   * DROP, RENAME, TRUNCATE, DELETE or ALTER … TYPE found in its code (not in comments or
   * strings), with its line, or null: a statement with one must not pass.
   */
  record RawUnknown(Source source, String reason, DestructiveWord destructiveWord) implements SchemaChange {
    public RawUnknown withSource(Source s) {
      DestructiveWord w = destructiveWord == null ? null
          : new DestructiveWord(destructiveWord.word(), destructiveWord.line() - source.line() + s.line());
      return new RawUnknown(s, reason, w);
    }

    public boolean destructive() {
      return destructiveWord != null;
    }
  }

  /** A destructive keyword and the 1-based file line it is on. */
  record DestructiveWord(String word, int line) {}

  /** Kinds of table constraint. */
  enum ConstraintKind { PRIMARY_KEY, UNIQUE, FOREIGN_KEY, CHECK, EXCLUDE, OTHER }
}
