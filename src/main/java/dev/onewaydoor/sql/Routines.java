package dev.onewaydoor.sql;

import dev.onewaydoor.analysis.SchemaChange;
import dev.onewaydoor.analysis.SchemaChange.RoutineWrites;
import dev.onewaydoor.analysis.Source;
import dev.onewaydoor.sql.Token.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code CREATE FUNCTION/PROCEDURE}: what its body writes. A trigger function that inserts into
 * an aggregate table, redefined in the same release that adds a required column to it, is the
 * writer of that column, not the previous release.
 */
final class Routines {
  private Routines() {}

  /** The tables and columns the routine's body inserts or updates (cursor after FUNCTION/PROCEDURE). */
  static List<SchemaChange> writes(TokenCursor c, Source src) {
    String routine = c.name();
    if (routine == null) return List.of();
    Map<String, Set<String>> written = new LinkedHashMap<>();
    List<Token> code = new ArrayList<>();
    while (!c.atEnd()) {
      Token t = c.next();
      if (t.kind() == Kind.STRING && t.text().startsWith("$")) code.addAll(DollarBodies.of(t));
      else code.add(t);
    }
    for (int i = 0; i + 2 < code.size(); i++) {
      if (code.get(i).is("INSERT") && code.get(i + 1).is("INTO")) insert(new TokenCursor(code.subList(i + 2, code.size())), written);
      if (code.get(i).is("UPDATE")) update(new TokenCursor(code.subList(i + 1, code.size())), written);
    }
    List<SchemaChange> out = new ArrayList<>();
    written.forEach((table, cols) -> out.add(new RoutineWrites(src, routine, table, List.copyOf(cols))));
    return out;
  }

  private static void insert(TokenCursor c, Map<String, Set<String>> written) {
    String table = c.name();
    if (table == null || c.peek() == null || c.peek().kind() != Kind.LPAREN) return;
    Set<String> cols = written.computeIfAbsent(table, t -> new LinkedHashSet<>());
    for (List<Token> part : new TokenCursor(c.parenContents()).restSplitAtTopLevelCommas()) {
      if (part.size() == 1 && part.get(0).isName()) cols.add(part.get(0).identifier());
    }
  }

  private static void update(TokenCursor c, Map<String, Set<String>> written) {
    String table = c.name();
    if (table == null) return;
    List<String> cols = RowCopies.assigned(c);
    if (!cols.isEmpty()) written.computeIfAbsent(table, t -> new LinkedHashSet<>()).addAll(cols);
  }

}
