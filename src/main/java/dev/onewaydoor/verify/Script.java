package dev.onewaydoor.verify;

import dev.onewaydoor.analysis.MigrationUnit;
import dev.onewaydoor.analysis.ParsedScript;
import dev.onewaydoor.analysis.SchemaChange;
import dev.onewaydoor.analysis.Source;
import dev.onewaydoor.sql.Dialect;
import dev.onewaydoor.sql.Statement;
import dev.onewaydoor.sql.StatementSplitter;
import dev.onewaydoor.sql.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One up or down script cut into the statements a database runs, each with its real file and
 * line, and the names it mentions (to find which tables a change touches and which statement
 * broke a probe). Split by the same {@link StatementSplitter} the analysis uses.
 */
record Script(String file, List<Step> steps) {

  /** One statement: where it is, what runs, and the identifiers in it (lower case). */
  record Step(Source at, String sql, Set<String> names) {}

  /** The up script, split as the history's {@code dialect} ({@code postgresql} or {@code mysql}) reads it. */
  static Script up(MigrationUnit u, String dialect) {
    return of(u.migration().file(), u.upText(), u.up(), dialect(dialect));
  }

  /** The down script; null when the migration has none. */
  static Script down(MigrationUnit u, String dialect) {
    return u.hasDown() ? of(u.downFile(), u.downText(), u.down(), dialect(dialect)) : null;
  }

  private static Dialect dialect(String id) {
    return "mysql".equals(id) ? Dialect.MYSQL : Dialect.POSTGRESQL;
  }

  boolean isEmpty() {
    return steps.isEmpty();
  }

  static Script of(String file, String text, ParsedScript parsed, Dialect dialect) {
    List<Statement> statements = StatementSplitter.split(text, dialect);
    int shift = lineShift(statements, parsed);
    List<Step> steps = new ArrayList<>(statements.size());
    for (Statement st : statements) {
      Set<String> names = new HashSet<>();
      for (Token t : st.tokens()) if (t.isName()) names.add(t.identifier().toLowerCase(java.util.Locale.ROOT));
      steps.add(new Step(new Source(file, st.line() + shift, st.column(), st.text().replace("\r\n", "\n")),
          st.text(), names));
    }
    return new Script(file, List.copyOf(steps));
  }

  /**
   * Scripts cut from a larger file (dbmate sections, Liquibase changesets) start below line 1.
   * The unit does not carry that first line, but its parsed changes carry real lines: the
   * distance between a change and the statement with the same text is the shift.
   */
  private static int lineShift(List<Statement> statements, ParsedScript parsed) {
    if (parsed == null) return 0;
    for (SchemaChange c : parsed.changes()) {
      Source s = c.source();
      for (Statement st : statements) {
        if (st.text().replace("\r\n", "\n").equals(s.text())) return s.line() - st.line();
      }
    }
    return 0;
  }
}
