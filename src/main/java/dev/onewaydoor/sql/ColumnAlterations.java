package dev.onewaydoor.sql;

import dev.onewaydoor.analysis.ColumnDef;
import dev.onewaydoor.analysis.ColumnType;
import dev.onewaydoor.analysis.SchemaChange;
import dev.onewaydoor.analysis.SchemaChange.AlterColumnType;
import dev.onewaydoor.analysis.SchemaChange.DropDefault;
import dev.onewaydoor.analysis.SchemaChange.DropNotNull;
import dev.onewaydoor.analysis.SchemaChange.RenameColumn;
import dev.onewaydoor.analysis.SchemaChange.SetDefault;
import dev.onewaydoor.analysis.SchemaChange.SetNotNull;
import dev.onewaydoor.analysis.Source;
import dev.onewaydoor.sql.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * The column actions of ALTER TABLE: PostgreSQL's {@code ALTER [COLUMN] c …} (type,
 * nullability, default) and MySQL's {@code MODIFY}/{@code CHANGE}, which restate a column.
 */
final class ColumnAlterations {
  private ColumnAlterations() {}

  static boolean alterColumn(TokenCursor c, String table, Source src, List<SchemaChange> out) {
    c.accept("COLUMN");
    Token colTok = c.next();
    if (colTok == null || !colTok.isName()) return false;
    String col = colTok.identifier();
    if (c.accept("SET", "DATA", "TYPE") || c.accept("TYPE")) {
      StringBuilder type = new StringBuilder();
      int depth = 0;
      while (!c.atEnd()) {
        Token t = c.peek();
        if (depth == 0 && (t.is("USING") || t.is("COLLATE"))) break;
        if (t.kind() == Kind.LPAREN) depth++;
        if (t.kind() == Kind.RPAREN) depth--;
        type.append(type.length() == 0 || t.kind() == Kind.LPAREN || t.kind() == Kind.RPAREN
            || t.kind() == Kind.COMMA ? "" : " ").append(c.next().text());
      }
      out.add(new AlterColumnType(src, table, col, null, ColumnType.normalize(type.toString())));
      return true;
    }
    if (c.accept("SET", "NOT", "NULL")) { out.add(new SetNotNull(src, table, col)); return true; }
    if (c.accept("DROP", "NOT", "NULL")) { out.add(new DropNotNull(src, table, col)); return true; }
    if (c.accept("DROP", "DEFAULT")) { out.add(new DropDefault(src, table, col)); return true; }
    if (c.accept("SET", "DEFAULT")) {
      out.add(new SetDefault(src, table, col, c.restText()));
      return true;
    }
    return true; // SET STATISTICS, SET STORAGE, ADD GENERATED …: no effect on data or readers
  }

  /** MySQL MODIFY/CHANGE restate the whole column: type, nullability and default. */
  static boolean redefine(TokenCursor c, String table, String oldName, Source src,
      List<SchemaChange> out) {
    List<Token> rest = new ArrayList<>();
    while (!c.atEnd()) rest.add(c.next());
    ColumnDef col = ColumnDefParser.parse(rest);
    if (col == null) return false;
    String name = col.name();
    if (oldName != null && !oldName.equals(name)) {
      out.add(new RenameColumn(src, table, oldName, name));
    }
    out.add(new AlterColumnType(src, table, name, null, col.type()));
    out.add(col.notNull() ? new SetNotNull(src, table, name) : new DropNotNull(src, table, name));
    out.add(col.hasDefault() ? new SetDefault(src, table, name, col.defaultValue())
        : new DropDefault(src, table, name));
    return true;
  }
}
