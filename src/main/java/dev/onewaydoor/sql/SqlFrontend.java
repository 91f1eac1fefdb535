package dev.onewaydoor.sql;

import dev.onewaydoor.analysis.Markers;
import dev.onewaydoor.analysis.ParsedScript;
import dev.onewaydoor.analysis.SchemaChange;
import dev.onewaydoor.analysis.SchemaChange.RawUnknown;
import dev.onewaydoor.analysis.Source;
import dev.onewaydoor.analysis.Suppression;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SQL frontend: text in, change IR out. Each statement is first matched by the token
 * recognizer; only statements it does not know are handed to JSqlParser, whose verdicts are
 * cached by statement text because parsing is the slow part (about 800 statements/s).
 */
public final class SqlFrontend {
  private static final int CACHE_LIMIT = 50_000;
  private static final Map<String, List<SchemaChange>> PARSER_CACHE = new ConcurrentHashMap<>();

  private SqlFrontend() {}

  /**
   * Parses {@code sql}, the text of {@code file} starting at line {@code firstLine}
   * (scripts cut from a larger file keep their real line numbers).
   */
  public static ParsedScript parse(String file, String sql, int firstLine, Dialect dialect) {
    List<Token> tokens = Tokenizer.tokenize(sql, dialect);
    List<Statement> statements = StatementSplitter.split(sql, tokens);
    List<SchemaChange> changes = new ArrayList<>();
    List<Suppression> suppressions = new ArrayList<>();
    int lineShift = firstLine - 1;
    int previousEnd = 0;
    for (Statement st : statements) {
      // CRLF checkouts report the same statement text as LF ones.
      Source src = new Source(file, st.line() + lineShift, st.column(), st.text().replace("\r\n", "\n"));
      changes.addAll(changesOf(st, src, dialect));
      for (var comment : st.leadingComments()) {
        if (!Suppression.isDirective(comment.text())) continue;
        int from = previousEnd == 0 ? 1 : comment.line() + lineShift;
        suppressions.add(Suppression.parse(file, comment.line() + lineShift, comment.text(), from,
            st.endLine() + lineShift));
      }
      previousEnd = st.endLine();
    }
    return new ParsedScript(file, changes, suppressions, statements.size(), List.of(), refusesToRun(tokens, statements));
  }

  /** A comment that calls the script irreversible, or a statement that raises on purpose. */
  private static boolean refusesToRun(List<Token> tokens, List<Statement> statements) {
    for (Token t : tokens) {
      if (t.kind() == Token.Kind.COMMENT && Markers.irreversible(t.text())) return true;
    }
    for (Statement st : statements) {
      Token first = st.tokens().get(0);
      if (first.is("SIGNAL") || ((first.is("DO") || first.is("RAISE")) && Markers.irreversible(st.text()))) return true;
    }
    return false;
  }

  private static List<SchemaChange> changesOf(Statement st, Source src, Dialect dialect) {
    if (st.unterminated() == null) {
      List<SchemaChange> recognized = SqlRecognizer.recognize(st, src);
      if (recognized != null) return recognized;
    }
    String key = dialect.name() + '\0' + st.text();
    List<SchemaChange> cached = PARSER_CACHE.get(key);
    if (cached == null) {
      cached = JSqlParserBridge.parse(st, src, dialect);
      if (PARSER_CACHE.size() > CACHE_LIMIT) PARSER_CACHE.clear();
      PARSER_CACHE.put(key, cached);
    }
    return relocate(cached, src);
  }

  /** Cached results carry the source of the first statement seen with that text. */
  private static List<SchemaChange> relocate(List<SchemaChange> changes, Source src) {
    if (changes.isEmpty() || changes.get(0).source().equals(src)) return changes;
    List<SchemaChange> out = new ArrayList<>(changes.size());
    for (SchemaChange c : changes) out.add(c.withSource(src));
    return out;
  }

  /** A statement that is not SQL at all (binary or undecodable file). */
  public static ParsedScript unreadable(String file, String reason, SchemaChange.DestructiveWord destructive) {
    return new ParsedScript(file, List.of(new RawUnknown(Source.file(file), reason, destructive)),
        List.of(), 0);
  }
}
