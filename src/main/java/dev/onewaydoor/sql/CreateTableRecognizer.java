package dev.onewaydoor.sql;

import dev.onewaydoor.analysis.ColumnDef;
import dev.onewaydoor.analysis.SchemaChange;
import dev.onewaydoor.analysis.SchemaChange.CreateTable;
import dev.onewaydoor.analysis.Source;
import dev.onewaydoor.sql.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code CREATE [TEMPORARY] TABLE}: its columns with their types, nullability (a primary key
 * makes its columns NOT NULL) and defaults; or, for {@code CREATE TABLE … AS SELECT} and
 * {@code LIKE}, a table whose columns are not spelled out, filled from the query's source.
 */
final class CreateTableRecognizer {
  private CreateTableRecognizer() {}

  static List<SchemaChange> createTable(TokenCursor c, Source src, boolean temporary) {
    boolean ifNotExists = c.accept("IF", "NOT", "EXISTS");
    String table = c.name();
    if (table == null) return null;
    List<ColumnDef> columns = new ArrayList<>();
    boolean known = false;
    Token next = c.peek();
    if (next != null && next.kind() == Kind.LPAREN) {
      List<Token> inner = c.parenContents();
      known = true;
      List<String> keyColumns = new ArrayList<>();
      for (List<Token> element : new TokenCursor(inner).restSplitAtTopLevelCommas()) {
        if (element.isEmpty()) continue;
        if (element.get(0).is("LIKE")) known = false;
        if (SqlRecognizer.isTableConstraint(element.get(0))) {
          keyColumns.addAll(primaryKey(element));
          continue;
        }
        ColumnDef col = ColumnDefParser.parse(element);
        if (col != null) columns.add(col);
      }
      // PRIMARY KEY (a, b) makes its columns NOT NULL.
      columns.replaceAll(col -> keyColumns.contains(col.name()) && !col.notNull()
          ? new ColumnDef(col.name(), col.type(), true, col.defaultValue()) : col);
    }
    // CREATE TABLE … AS SELECT / LIKE / PARTITION OF: columns unknown, the table still exists.
    CreateTable create = new CreateTable(src, table, List.copyOf(columns), ifNotExists, temporary,
        known && !c.restContains("AS"));
    String from = c.accept("AS") ? RowCopies.selectSource(c) : null;
    return from == null ? List.of(create) : List.of(create, new SchemaChange.CopyRows(src, table, from));
  }

  /** The columns of a {@code [CONSTRAINT x] PRIMARY KEY (a, b)} table element, else empty. */
  private static List<String> primaryKey(List<Token> element) {
    TokenCursor c = new TokenCursor(element);
    if (c.accept("CONSTRAINT")) c.name();
    return c.accept("PRIMARY", "KEY") ? AlterTableRecognizer.columnList(c) : List.of();
  }
}
