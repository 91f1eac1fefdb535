package dev.onewaydoor.sql;

import dev.onewaydoor.analysis.SchemaChange;
import dev.onewaydoor.sql.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code WITH a AS (…), b AS (…) <statement>}: each CTE body and the final statement are
 * recognised like statements of their own, so a data-modifying CTE ({@code WITH d AS (DELETE
 * FROM t …)}) is what its DELETE is, and a read-only one is harmless.
 */
final class CommonTableExpressions {
  private CommonTableExpressions() {}

  /** The changes of the whole statement, or null when any part is not understood. */
  static List<SchemaChange> recognize(List<Token> tokens, dev.onewaydoor.analysis.Source src) {
    TokenCursor c = new TokenCursor(tokens);
    c.accept("WITH");
    c.accept("RECURSIVE");
    List<SchemaChange> out = new ArrayList<>();
    do {
      if (c.name() == null) return null;
      if (c.peek() != null && c.peek().kind() == Kind.LPAREN) c.parenContents(); // column names
      if (!c.accept("AS")) return null;
      c.accept("NOT");
      c.accept("MATERIALIZED");
      if (c.peek() == null || c.peek().kind() != Kind.LPAREN) return null;
      if (!add(c.parenContents(), src, out)) return null;
    } while (c.acceptKind(Kind.COMMA));
    List<Token> main = new ArrayList<>();
    while (!c.atEnd()) main.add(c.next());
    return add(main, src, out) ? out : null;
  }

  private static boolean add(List<Token> body, dev.onewaydoor.analysis.Source src, List<SchemaChange> out) {
    if (body.isEmpty()) return true;
    if (body.get(0).is("SELECT") || body.get(0).is("VALUES") || body.get(0).kind() == Kind.LPAREN) return true;
    List<SchemaChange> changes = SqlRecognizer.recognize(body, src);
    if (changes == null) return false;
    out.addAll(changes);
    return true;
  }
}
