package dev.onewaydoor.sql;

import dev.onewaydoor.analysis.SchemaChange;
import dev.onewaydoor.analysis.SchemaChange.CreateIndex;
import dev.onewaydoor.analysis.SchemaChange.DeleteRows;
import dev.onewaydoor.analysis.SchemaChange.DropIndex;
import dev.onewaydoor.analysis.SchemaChange.DropSchema;
import dev.onewaydoor.analysis.SchemaChange.DropTable;
import dev.onewaydoor.analysis.SchemaChange.RenameTable;
import dev.onewaydoor.analysis.SchemaChange.Truncate;
import dev.onewaydoor.analysis.SchemaChange.UpdateRows;
import dev.onewaydoor.analysis.Source;
import dev.onewaydoor.sql.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recognises statements from their tokens, without a grammar: the DDL and DML shapes that
 * matter for one-way doors become IR changes, statements known to be harmless become no
 * change, and anything else returns null so a full parser can try.
 */
final class SqlRecognizer {
  /** Leading words of statements that never change a table's shape or its rows' existence. */
  private static final Set<String> HARMLESS = Set.of(
      "SELECT", "VALUES", "COMMENT", "GRANT", "REVOKE", "SET", "RESET", "BEGIN", "START",
      "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE", "LOCK", "ANALYZE", "ANALYSE", "VACUUM",
      "REINDEX", "CLUSTER", "REFRESH", "NOTIFY", "LISTEN", "UNLISTEN", "COPY", "CALL", "USE", "SHOW",
      "EXPLAIN", "SECURITY", "IMPORT", "DISCARD", "DECLARE", "PREPARE", "EXECUTE", "DEALLOCATE",
      "CHECKPOINT", "LOAD", "REASSIGN", "FLUSH", "OPTIMIZE", "REPLACE", "PERFORM", "CLOSE", "FETCH",
      "MOVE", "ABORT", "PRAGMA");
  /** Objects whose creation or removal loses no table data. */
  private static final Set<String> HARMLESS_OBJECTS = Set.of(
      "EXTENSION", "VIEW", "MATERIALIZED", "FUNCTION", "PROCEDURE", "TRIGGER", "TYPE", "SEQUENCE",
      "DOMAIN", "ROLE", "USER", "GROUP", "POLICY", "AGGREGATE", "CAST", "COLLATION", "OPERATOR",
      "PUBLICATION", "SUBSCRIPTION", "RULE", "EVENT", "STATISTICS", "DATABASE", "SERVER", "FOREIGN",
      "TEXT", "TABLESPACE", "CONVERSION", "LANGUAGE", "DEFINER", "ALGORITHM", "SQL", "ACCESS",
      "TRANSFORM", "OWNED", "ROUTINE", "DEFAULT", "SYNONYM", "PACKAGE", "SPATIAL", "FULLTEXT");

  private SqlRecognizer() {}

  /** Returns the changes {@code st} makes, an empty list for harmless ones, or null when unknown. */
  static List<SchemaChange> recognize(Statement st, Source src) {
    Token first = st.tokens().isEmpty() ? null : st.tokens().get(0);
    if (first != null && first.is("DO")) return DestructiveWords.doBlock(st, src);
    if (first != null && first.is("WITH")) return CommonTableExpressions.recognize(st.tokens(), src);
    return recognize(st.tokens(), src);
  }

  /** As {@link #recognize(Statement, Source)}, for the tokens of one statement (or of a CTE's body). */
  static List<SchemaChange> recognize(List<Token> tokens, Source src) {
    TokenCursor c = new TokenCursor(tokens);
    Token first = c.next();
    if (first == null || first.kind() != Kind.WORD) return null;
    switch (first.upper()) {
      case "CREATE": return create(c, src);
      case "ALTER": return AlterTableRecognizer.alter(c, src);
      case "DROP": return drop(c, src);
      case "TRUNCATE": return truncate(c, src);
      case "DELETE": return delete(c, src);
      case "UPDATE": return update(c, src);
      case "INSERT": return RowCopies.insert(c, src);
      case "RENAME": return renameTables(c, src);
      default: return HARMLESS.contains(first.upper()) ? List.of() : null;
    }
  }

  private static List<SchemaChange> create(TokenCursor c, Source src) {
    c.accept("OR", "REPLACE");
    boolean temporary = false;
    while (c.isWords("TEMP") || c.isWords("TEMPORARY") || c.accept("UNLOGGED") || c.accept("GLOBAL")
        || c.accept("LOCAL")) {
      temporary |= c.accept("TEMP") || c.accept("TEMPORARY");
    }
    if (c.accept("TABLE")) return CreateTableRecognizer.createTable(c, src, temporary);
    if (c.accept("FUNCTION") || c.accept("PROCEDURE")) return Routines.writes(c, src);
    boolean unique = c.accept("UNIQUE");
    c.accept("INVERTED"); // CockroachDB
    if (c.accept("INDEX")) return createIndex(c, src, unique);
    if (c.accept("SCHEMA")) return List.of();
    Token t = c.peek();
    return t != null && HARMLESS_OBJECTS.contains(t.upper()) ? List.of() : null;
  }

  static boolean isHarmlessObject(Token t) {
    return HARMLESS_OBJECTS.contains(t.upper());
  }

  static boolean isTableConstraint(Token t) {
    return t.is("CONSTRAINT") || t.is("PRIMARY") || t.is("UNIQUE") || t.is("FOREIGN") || t.is("CHECK")
        || t.is("EXCLUDE") || t.is("LIKE") || t.is("INDEX") || t.is("KEY") || t.is("FULLTEXT")
        || t.is("SPATIAL");
  }

  private static List<SchemaChange> createIndex(TokenCursor c, Source src, boolean unique) {
    boolean concurrent = c.accept("CONCURRENTLY");
    c.accept("IF", "NOT", "EXISTS");
    String name = null;
    if (!c.isWords("ON")) name = c.name();
    c.accept("USING", "BTREE");
    if (!c.accept("ON")) return null;
    c.accept("ONLY");
    String table = c.name();
    if (table == null) return null;
    c.accept("USING");
    Token method = c.peek();
    if (method != null && method.kind() == Kind.WORD && !method.is("ON")) c.next();
    List<String> columns = new ArrayList<>();
    Token open = c.peek();
    if (open != null && open.kind() == Kind.LPAREN) {
      for (List<Token> part : new TokenCursor(c.parenContents()).restSplitAtTopLevelCommas()) {
        if (!part.isEmpty() && part.get(0).isName()) columns.add(part.get(0).identifier());
      }
    }
    return List.of(new CreateIndex(src, table, name, concurrent, unique, columns));
  }

  private static List<SchemaChange> drop(TokenCursor c, Source src) {
    c.accept("TEMPORARY");
    if (c.accept("TABLE")) {
      boolean ifExists = c.accept("IF", "EXISTS");
      List<SchemaChange> out = new ArrayList<>();
      for (String name : names(c)) out.add(new DropTable(src, name, ifExists));
      return out.isEmpty() ? null : out;
    }
    if (c.accept("SCHEMA") || c.accept("DATABASE")) {
      c.accept("IF", "EXISTS");
      boolean cascade = c.restContains("CASCADE");
      List<SchemaChange> out = new ArrayList<>();
      for (String name : names(c)) out.add(new DropSchema(src, name, cascade));
      return out.isEmpty() ? null : out;
    }
    if (c.accept("INDEX")) {
      boolean concurrent = c.accept("CONCURRENTLY");
      c.accept("IF", "EXISTS");
      List<SchemaChange> out = new ArrayList<>();
      for (String name : names(c)) out.add(new DropIndex(src, name, concurrent));
      return out.isEmpty() ? null : out;
    }
    Token t = c.peek();
    return t != null && HARMLESS_OBJECTS.contains(t.upper()) ? List.of() : null;
  }

  private static List<SchemaChange> truncate(TokenCursor c, Source src) {
    c.accept("TABLE");
    c.accept("ONLY");
    List<SchemaChange> out = new ArrayList<>();
    for (String name : names(c)) out.add(new Truncate(src, name));
    return out.isEmpty() ? null : out;
  }

  private static List<SchemaChange> delete(TokenCursor c, Source src) {
    while (c.accept("LOW_PRIORITY") || c.accept("QUICK") || c.accept("IGNORE")) {
      // MySQL modifiers
    }
    if (!c.accept("FROM")) return null;
    c.accept("ONLY");
    String table = c.name();
    if (table == null) return null;
    return List.of(new DeleteRows(src, table, c.restContains("WHERE")));
  }

  private static List<SchemaChange> update(TokenCursor c, Source src) {
    c.accept("LOW_PRIORITY");
    c.accept("IGNORE");
    c.accept("ONLY");
    String table = c.name();
    if (table == null) return null;
    boolean where = c.restContains("WHERE");
    return List.of(new UpdateRows(src, table, where, RowCopies.assigned(c)));
  }

  /** MySQL {@code RENAME TABLE a TO b, c TO d}. */
  private static List<SchemaChange> renameTables(TokenCursor c, Source src) {
    if (!c.accept("TABLE") && !c.accept("TABLES")) return null;
    List<SchemaChange> out = new ArrayList<>();
    do {
      String from = c.name();
      if (from == null || !c.accept("TO")) return null;
      String to = c.name();
      if (to == null) return null;
      out.add(new RenameTable(src, from, to));
    } while (c.acceptKind(Kind.COMMA));
    return out;
  }

  /** Comma-separated names up to the first non-name (CASCADE, RESTRICT, ON …). */
  private static List<String> names(TokenCursor c) {
    List<String> names = new ArrayList<>();
    do {
      Token t = c.peek();
      if (t == null || !t.isName() || t.is("CASCADE") || t.is("RESTRICT")) break;
      names.add(c.name());
    } while (c.acceptKind(Kind.COMMA));
    return names;
  }
}
