package dev.onewaydoor.sql;

import dev.onewaydoor.analysis.ColumnDef;
import dev.onewaydoor.analysis.SchemaChange;
import dev.onewaydoor.analysis.SchemaChange.CreateTable;
import dev.onewaydoor.analysis.SchemaChange.DeleteRows;
import dev.onewaydoor.analysis.SchemaChange.DropColumn;
import dev.onewaydoor.analysis.SchemaChange.DropIndex;
import dev.onewaydoor.analysis.SchemaChange.DropSchema;
import dev.onewaydoor.analysis.SchemaChange.DropTable;
import dev.onewaydoor.analysis.SchemaChange.RawUnknown;
import dev.onewaydoor.analysis.SchemaChange.RenameColumn;
import dev.onewaydoor.analysis.SchemaChange.RenameTable;
import dev.onewaydoor.analysis.SchemaChange.UpdateRows;
import dev.onewaydoor.analysis.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.parser.AbstractJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.drop.Drop;
import net.sf.jsqlparser.statement.truncate.Truncate;
import net.sf.jsqlparser.statement.update.Update;

/**
 * The second tier: statements the token recognizer does not know go through JSqlParser 5.4.
 * Parsed statements that change tables are mapped to the IR; other parsed statements are
 * harmless; rejected statements become {@link RawUnknown}. Parsing runs on the calling
 * thread, and input that could exhaust its recursive-descent stack is not handed to it.
 */
final class JSqlParserBridge {
  /** Deeper nesting than this is refused before parsing: JSqlParser recurses per level. */
  private static final int MAX_NESTING = 100;
  private static final int MAX_LENGTH = 200_000;

  private JSqlParserBridge() {}

  static List<SchemaChange> parse(Statement st, Source src, Dialect dialect) {
    String text = st.text();
    Token unterminated = st.unterminated();
    if (unterminated != null) {
      return unknown(st, src, "unterminated " + describe(unterminated) + " starting at line "
          + (src.line() + unterminated.line() - st.line()));
    }
    if (text.length() > MAX_LENGTH || nesting(st) > MAX_NESTING) {
      return unknown(st, src, "statement too large or too deeply nested to parse");
    }
    net.sf.jsqlparser.statement.Statement ast;
    try {
      CCJSqlParser parser = CCJSqlParserUtil.newParser(text)
          .withDialect(dialect == Dialect.MYSQL ? AbstractJSqlParser.Dialect.MYSQL
              : AbstractJSqlParser.Dialect.POSTGRESQL);
      ast = parser.Statement();
    } catch (Exception | Error e) { // ParseException, TokenMgrError, StackOverflowError
      return unknown(st, src, "not understood by the SQL parser: " + firstLine(e.getMessage()));
    }
    return map(ast, st, src);
  }

  private static List<SchemaChange> map(net.sf.jsqlparser.statement.Statement ast, Statement st, Source src) {
    String text = st.text();
    if (ast instanceof Drop) {
      Drop d = (Drop) ast;
      String type = d.getType() == null ? "" : d.getType().toUpperCase(Locale.ROOT);
      String name = name(d.getName());
      switch (type) {
        case "TABLE": return List.of(new DropTable(src, name));
        case "INDEX": return List.of(new DropIndex(src, name, false));
        case "SCHEMA": return List.of(new DropSchema(src, name, text.toUpperCase(Locale.ROOT).contains("CASCADE")));
        default: return List.of();
      }
    }
    if (ast instanceof Truncate) return List.of(new SchemaChange.Truncate(src, name(((Truncate) ast).getTable())));
    if (ast instanceof Delete) {
      Delete d = (Delete) ast;
      return List.of(new DeleteRows(src, name(d.getTable()), d.getWhere() != null));
    }
    if (ast instanceof Update) {
      Update u = (Update) ast;
      return List.of(new UpdateRows(src, name(u.getTable()), u.getWhere() != null));
    }
    if (ast instanceof net.sf.jsqlparser.statement.create.table.CreateTable) {
      var ct = (net.sf.jsqlparser.statement.create.table.CreateTable) ast;
      List<ColumnDef> cols = new ArrayList<>();
      if (ct.getColumnDefinitions() != null) {
        for (ColumnDefinition cd : ct.getColumnDefinitions()) {
          ColumnDef col = ColumnDefParser.parse(Tokenizer.tokenize(cd.toString(), Dialect.POSTGRESQL));
          if (col != null) cols.add(col);
        }
      }
      return List.of(new CreateTable(src, name(ct.getTable()), cols, ct.isIfNotExists()));
    }
    if (ast instanceof Alter) return alter((Alter) ast, st, src);
    return List.of();
  }

  private static List<SchemaChange> alter(Alter alter, Statement st, Source src) {
    String table = name(alter.getTable());
    List<SchemaChange> out = new ArrayList<>();
    if (alter.getAlterExpressions() == null) return unknown(st, src, "ALTER TABLE without actions");
    for (AlterExpression e : alter.getAlterExpressions()) {
      String op = String.valueOf(e.getOperation());
      if (op.equals("DROP") && e.getColumnName() != null) {
        out.add(new DropColumn(src, table, ident(e.getColumnName())));
      } else if (op.equals("RENAME") && e.getColumnOldName() != null && e.getColumnName() != null) {
        out.add(new RenameColumn(src, table, ident(e.getColumnOldName()), ident(e.getColumnName())));
      } else if (op.equals("RENAME_TABLE") && e.getNewTableName() != null) {
        out.add(new RenameTable(src, table, ident(e.getNewTableName())));
      } else if (DestructiveWords.inText(e.toString()) != null) {
        out.add(new RawUnknown(src, "ALTER TABLE action not understood: " + e, DestructiveWords.in(st, src)));
      }
    }
    return out;
  }

  private static List<SchemaChange> unknown(Statement st, Source src, String reason) {
    return List.of(new RawUnknown(src, reason, DestructiveWords.in(st, src)));
  }

  private static String name(Table t) {
    if (t == null) return "?";
    String n = t.getSchemaName() == null || t.getSchemaName().equalsIgnoreCase("public")
        ? ident(t.getName()) : ident(t.getSchemaName()) + "." + ident(t.getName());
    return n;
  }

  private static String ident(String raw) {
    if (raw.length() > 1 && (raw.startsWith("\"") || raw.startsWith("`"))) return raw.substring(1, raw.length() - 1);
    return raw.toLowerCase(Locale.ROOT);
  }

  private static int nesting(Statement st) {
    int depth = 0;
    int max = 0;
    for (Token t : st.tokens()) {
      if (t.kind() == Token.Kind.LPAREN) max = Math.max(max, ++depth);
      else if (t.kind() == Token.Kind.RPAREN) depth--;
    }
    return max;
  }

  private static String describe(Token t) {
    String s = t.text();
    if (s.startsWith("$")) return "dollar-quoted body";
    if (s.startsWith("/*")) return "block comment";
    if (s.startsWith("\"") || s.startsWith("`")) return "quoted identifier";
    return "string literal";
  }

  private static String firstLine(String message) {
    if (message == null) return "parse error";
    String line = message.strip().split("\\R", 2)[0];
    return line.length() > 160 ? line.substring(0, 160) + "…" : line;
  }
}
