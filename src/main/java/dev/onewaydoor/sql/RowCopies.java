package dev.onewaydoor.sql;

import dev.onewaydoor.analysis.SchemaChange;
import dev.onewaydoor.analysis.SchemaChange.CopyRows;
import dev.onewaydoor.analysis.Source;
import dev.onewaydoor.sql.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Statements that carry data from one place to another, which is what tells a table rebuild
 * or a copy-swap from a loss: {@code INSERT INTO t … SELECT … FROM s}, {@code CREATE TABLE t AS
 * SELECT … FROM s}, and the columns an {@code UPDATE … SET} fills.
 */
final class RowCopies {
  private RowCopies() {}

  /** {@code INSERT INTO t [(…)] SELECT … FROM s} is a copy; other inserts change no shape. */
  static List<SchemaChange> insert(TokenCursor c, Source src) {
    while (c.accept("LOW_PRIORITY") || c.accept("IGNORE") || c.accept("OR") || c.accept("REPLACE")) {
      // MySQL and SQLite modifiers
    }
    if (!c.accept("INTO")) return List.of();
    String table = c.name();
    if (table == null) return List.of();
    String from = selectSource(c);
    return from == null ? List.of() : List.of(new CopyRows(src, table, from));
  }

  /** The first table after the top-level FROM of the SELECT that follows, or null. */
  static String selectSource(TokenCursor c) {
    int depth = 0;
    boolean select = false;
    while (!c.atEnd()) {
      Token t = c.next();
      if (t.kind() == Kind.LPAREN) depth++;
      else if (t.kind() == Kind.RPAREN) depth--;
      else if (t.is("SELECT")) select = true;
      else if (t.is("VALUES") && depth == 0 && !select) return null;
      else if (select && t.is("FROM") && depth <= 1) {
        c.accept("ONLY");
        Token next = c.peek();
        return next != null && next.isName() ? c.name() : null;
      }
    }
    return null;
  }

  /** The columns {@code SET a = …, b = …} assigns (cursor after the table name); empty when unclear. */
  static List<String> assigned(TokenCursor c) {
    c.accept("AS");
    Token alias = c.peek();
    if (alias != null && alias.isName() && !alias.is("SET")) c.next();
    if (!c.accept("SET")) return List.of();
    List<String> out = new ArrayList<>();
    int depth = 0;
    Token prev = null;
    while (!c.atEnd()) {
      Token t = c.next();
      if (t.kind() == Kind.LPAREN) depth++;
      else if (t.kind() == Kind.RPAREN) depth--;
      if (depth == 0 && (t.is("WHERE") || t.is("FROM") || t.is("RETURNING"))) break;
      if (depth == 0 && t.text().equals("=") && prev != null && prev.isName()) out.add(prev.identifier());
      prev = t;
    }
    return out;
  }
}
