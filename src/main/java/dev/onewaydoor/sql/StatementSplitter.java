package dev.onewaydoor.sql;

import dev.onewaydoor.sql.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a token stream into statements at terminators. psql meta-commands and MySQL
 * DELIMITER lines end the statement before them and are not statements themselves.
 * {@code BEGIN ATOMIC … END} bodies of SQL-standard functions are kept whole.
 */
public final class StatementSplitter {
  private StatementSplitter() {}

  /** Tokenizes {@code sql} and returns its statements in order. */
  public static List<Statement> split(String sql, Dialect dialect) {
    return split(sql, Tokenizer.tokenize(sql, dialect));
  }

  /** Returns the statements of {@code sql}, given its tokens. */
  public static List<Statement> split(String sql, List<Token> tokens) {
    List<Statement> out = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    List<Token> comments = new ArrayList<>();
    int atomicDepth = 0;
    int lastEndLine = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      switch (t.kind()) {
        case COMMENT:
          // A comment on the line where the previous statement ended belongs to that statement.
          if (current.isEmpty() && t.line() != lastEndLine) comments.add(t);
          break;
        case META:
        case DELIMITER:
          flush(sql, current, comments, out);
          comments.clear();
          break;
        case END:
          if (atomicDepth > 0) {
            current.add(t);
            break;
          }
          flush(sql, current, comments, out);
          lastEndLine = t.line();
          break;
        default:
          if (t.is("ATOMIC") && i > 0 && tokens.get(i - 1).is("BEGIN")) atomicDepth++;
          else if (atomicDepth > 0 && t.is("CASE")) atomicDepth++; // CASE … END inside the body
          else if (atomicDepth > 0 && t.is("END")) atomicDepth--;
          current.add(t);
      }
    }
    flush(sql, current, comments, out);
    return out;
  }

  private static void flush(String sql, List<Token> current, List<Token> comments, List<Statement> out) {
    if (current.isEmpty()) return;
    Token first = current.get(0);
    Token last = current.get(current.size() - 1);
    String text = sql.substring(first.start(), last.end());
    int endLine = last.line() + countNewlines(last.text());
    out.add(new Statement(List.copyOf(current), text, first.line(), first.column(), endLine,
        List.copyOf(comments)));
    current.clear();
    comments.clear();
  }

  private static int countNewlines(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '\n') n++;
    return n;
  }
}
