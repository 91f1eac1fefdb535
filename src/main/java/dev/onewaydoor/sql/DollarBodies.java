package dev.onewaydoor.sql;

import java.util.ArrayList;
import java.util.List;

/** The code inside PostgreSQL's dollar-quoted strings: function and DO block bodies. */
final class DollarBodies {
  private DollarBodies() {}

  /**
   * The code tokens (comments left out) of a dollar-quoted body ({@code $tag$ … $tag$}), read
   * as PostgreSQL, with lines counted from the token's first line; empty when it is not one.
   */
  static List<Token> of(Token dollar) {
    String text = dollar.text();
    int open = text.indexOf('$', 1);
    int close = text.lastIndexOf('$', text.length() - 2);
    if (open < 0 || close <= open) return List.of();
    // The tag is blanked, not cut, so columns and lines stay those of the file.
    String inner = " ".repeat(open + 1) + text.substring(open + 1, close);
    List<Token> out = new ArrayList<>();
    for (Token t : Tokenizer.tokenize(inner, Dialect.POSTGRESQL)) {
      if (t.kind() != Token.Kind.COMMENT) out.add(t);
    }
    return out;
  }
}
