package dev.onewaydoor.sql;

import java.util.List;

/**
 * One SQL statement: its tokens without comments, its original text, where it starts, and
 * the comments written directly above it (where {@code onewaydoor:ignore} lives).
 */
public record Statement(
    List<Token> tokens, String text, int line, int column, int endLine, List<Token> leadingComments) {

  /** The unterminated token this statement ends in, or null when it is well-formed. */
  public Token unterminated() {
    for (Token t : tokens) {
      if (t.kind() == Token.Kind.UNTERMINATED) return t;
    }
    return null;
  }
}
