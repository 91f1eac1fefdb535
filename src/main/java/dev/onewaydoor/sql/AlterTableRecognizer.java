package dev.onewaydoor.sql;

import dev.onewaydoor.analysis.ColumnDef;
import dev.onewaydoor.analysis.SchemaChange;
import dev.onewaydoor.analysis.SchemaChange.AddColumn;
import dev.onewaydoor.analysis.SchemaChange.AddConstraint;
import dev.onewaydoor.analysis.SchemaChange.ConstraintKind;
import dev.onewaydoor.analysis.SchemaChange.CreateIndex;
import dev.onewaydoor.analysis.SchemaChange.DropColumn;
import dev.onewaydoor.analysis.SchemaChange.DropConstraint;
import dev.onewaydoor.analysis.SchemaChange.DropIndex;
import dev.onewaydoor.analysis.SchemaChange.RenameColumn;
import dev.onewaydoor.analysis.SchemaChange.RenameTable;
import dev.onewaydoor.analysis.Source;
import dev.onewaydoor.sql.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Recognises {@code ALTER TABLE} and its actions in PostgreSQL and MySQL spelling, plus
 * renames of views (a renamed view breaks the previous version like a renamed table).
 * An action it does not know makes the whole statement unknown, so nothing is half-read.
 */
final class AlterTableRecognizer {
  private AlterTableRecognizer() {}

  static List<SchemaChange> alter(TokenCursor c, Source src) {
    c.accept("ONLINE");
    c.accept("IGNORE");
    if (c.accept("VIEW") || c.accept("MATERIALIZED", "VIEW")) return alterView(c, src);
    if (c.accept("TYPE")) return alterType(c, src);
    if (!c.accept("TABLE")) {
      Token t = c.peek();
      return t != null && (t.is("INDEX") || t.is("SCHEMA") || t.is("FOREIGN") || t.is("PARTITION")
          || t.is("DEFAULT") || t.is("LARGE") || t.is("SYSTEM")
          || SqlRecognizer.isHarmlessObject(t)) ? List.of() : null;
    }
    c.accept("IF", "EXISTS");
    c.accept("ONLY");
    String table = c.name();
    if (table == null) return null;
    c.accept("*");
    List<SchemaChange> out = new ArrayList<>();
    for (List<Token> action : c.restSplitAtTopLevelCommas()) {
      if (continuesDrop(action, out)) {
        // H2 and Oracle: DROP COLUMN a, b, c drops each of them.
        out.add(new DropColumn(src, table, action.get(0).identifier()));
        continue;
      }
      if (!action(new TokenCursor(action), table, src, out)) return null;
    }
    return out;
  }

  private static boolean continuesDrop(List<Token> action, List<SchemaChange> out) {
    return action.size() == 1 && action.get(0).isName() && !out.isEmpty()
        && out.get(out.size() - 1) instanceof DropColumn;
  }

  /** {@code ALTER TYPE t RENAME TO u} moves the columns of {@code t} along; other type changes add values. */
  private static List<SchemaChange> alterType(TokenCursor c, Source src) {
    String type = c.name();
    if (type != null && c.accept("RENAME", "TO")) {
      String to = c.name();
      return to == null ? null : List.of(new SchemaChange.RenameType(src, type, to));
    }
    return List.of();
  }

  private static List<SchemaChange> alterView(TokenCursor c, Source src) {
    c.accept("IF", "EXISTS");
    String view = c.name();
    if (view != null && c.accept("RENAME", "TO")) {
      String to = c.name();
      return to == null ? null : List.of(new RenameTable(src, view, to));
    }
    return List.of();
  }

  /** Adds the changes of one action to {@code out}; false when the action is not understood. */
  private static boolean action(TokenCursor c, String table, Source src, List<SchemaChange> out) {
    if (c.accept("ADD")) return add(c, table, src, out);
    if (c.accept("DROP")) return drop(c, table, src, out);
    if (c.accept("RENAME")) return rename(c, table, src, out);
    if (c.accept("ALTER")) return ColumnAlterations.alterColumn(c, table, src, out);
    if (c.accept("MODIFY")) {
      c.accept("COLUMN");
      return ColumnAlterations.redefine(c, table, null, src, out);
    }
    if (c.accept("CHANGE")) {
      c.accept("COLUMN");
      Token old = c.next();
      return old != null && old.isName() && ColumnAlterations.redefine(c, table, old.identifier(), src, out);
    }
    Token t = c.peek();
    // VALIDATE CONSTRAINT, OWNER TO, SET (…), ENABLE/DISABLE TRIGGER, ATTACH PARTITION, ENGINE=…
    return t != null && t.kind() == Kind.WORD;
  }

  private static boolean add(TokenCursor c, String table, Source src, List<SchemaChange> out) {
    Token t = c.peek();
    if (t == null) return false;
    if (t.is("INDEX") || t.is("KEY") || t.is("FULLTEXT") || t.is("SPATIAL")
        || (t.is("UNIQUE") && c.peek(1) != null && (c.peek(1).is("INDEX") || c.peek(1).is("KEY")))) {
      c.accept("UNIQUE");
      c.next();
      Token name = c.peek();
      out.add(new CreateIndex(src, table, name != null && name.isName() ? name.identifier() : null, false,
          t.is("UNIQUE")));
      return true;
    }
    if (SqlRecognizer.isTableConstraint(t)) return addConstraint(c, table, src, out);
    c.accept("COLUMN");
    c.accept("IF", "NOT", "EXISTS");
    List<Token> rest = new ArrayList<>();
    while (!c.atEnd()) rest.add(c.next());
    ColumnDef col = ColumnDefParser.parse(rest);
    if (col == null) return false;
    out.add(new AddColumn(src, table, col));
    return true;
  }

  private static boolean addConstraint(TokenCursor c, String table, Source src, List<SchemaChange> out) {
    String name = null;
    if (c.accept("CONSTRAINT")) name = c.name();
    Token kindWord = c.next();
    if (kindWord == null) return false;
    ConstraintKind kind;
    switch (kindWord.upper()) {
      case "PRIMARY": kind = ConstraintKind.PRIMARY_KEY; break;
      case "UNIQUE": kind = ConstraintKind.UNIQUE; break;
      case "FOREIGN": kind = ConstraintKind.FOREIGN_KEY; break;
      case "CHECK": kind = ConstraintKind.CHECK; break;
      case "EXCLUDE": kind = ConstraintKind.EXCLUDE; break;
      default: kind = ConstraintKind.OTHER;
    }
    c.accept("KEY");
    List<String> columns = kind == ConstraintKind.PRIMARY_KEY ? columnList(c) : List.of();
    boolean notValid = false;
    Token prev = null;
    while (!c.atEnd()) {
      Token t = c.next();
      if (prev != null && prev.is("NOT") && t.is("VALID")) notValid = true;
      prev = t;
    }
    out.add(new AddConstraint(src, table, name, kind, !notValid, columns));
    return true;
  }

  /** {@code (a, b)}: the plain column names of a key, or empty when it is not a list of names. */
  static List<String> columnList(TokenCursor c) {
    Token open = c.peek();
    if (open == null || open.kind() != Kind.LPAREN) return List.of();
    List<String> out = new ArrayList<>();
    for (List<Token> part : new TokenCursor(c.parenContents()).restSplitAtTopLevelCommas()) {
      if (part.isEmpty() || !part.get(0).isName()) return List.of();
      out.add(part.get(0).identifier());
    }
    return out;
  }

  private static boolean drop(TokenCursor c, String table, Source src, List<SchemaChange> out) {
    if (c.accept("CONSTRAINT") || c.accept("FOREIGN", "KEY") || c.accept("CHECK")) {
      c.accept("IF", "EXISTS");
      String name = c.name();
      if (name == null) return false;
      out.add(new DropConstraint(src, table, name));
      return true;
    }
    if (c.accept("PRIMARY", "KEY")) {
      out.add(new DropConstraint(src, table, table + "_pkey"));
      return true;
    }
    if (c.accept("INDEX") || c.accept("KEY")) {
      String name = c.name();
      if (name == null) return false;
      out.add(new DropIndex(src, name, false));
      return true;
    }
    c.accept("COLUMN");
    c.accept("IF", "EXISTS");
    Token col = c.next();
    if (col == null || !col.isName()) return false;
    out.add(new DropColumn(src, table, col.identifier()));
    return true;
  }

  private static boolean rename(TokenCursor c, String table, Source src, List<SchemaChange> out) {
    if (c.accept("TO") || c.accept("AS")) {
      String to = c.name();
      if (to == null) return false;
      out.add(new RenameTable(src, table, to));
      return true;
    }
    if (c.accept("CONSTRAINT") || c.accept("INDEX") || c.accept("KEY")) return true;
    c.accept("COLUMN");
    Token from = c.next();
    if (from == null || !from.isName() || !c.accept("TO")) {
      // MySQL: RENAME new_name (no TO) renames the table
      if (from != null && from.isName() && c.atEnd()) {
        out.add(new RenameTable(src, table, from.identifier()));
        return true;
      }
      return false;
    }
    Token to = c.next();
    if (to == null || !to.isName()) return false;
    out.add(new RenameColumn(src, table, from.identifier(), to.identifier()));
    return true;
  }
}
