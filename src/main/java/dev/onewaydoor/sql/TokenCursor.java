package dev.onewaydoor.sql;

import dev.onewaydoor.sql.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/** A read position in a statement's tokens, with the small lookahead the recognizer needs. */
final class TokenCursor {
  private final List<Token> tokens;
  private int pos;

  TokenCursor(List<Token> tokens) {
    this.tokens = tokens;
  }

  boolean atEnd() {
    return pos >= tokens.size();
  }

  Token peek() {
    return peek(0);
  }

  Token peek(int ahead) {
    int i = pos + ahead;
    return i < tokens.size() ? tokens.get(i) : null;
  }

  Token next() {
    return atEnd() ? null : tokens.get(pos++);
  }

  /** True when the next tokens are exactly these words, without consuming them. */
  boolean isWords(String... words) {
    for (int i = 0; i < words.length; i++) {
      Token t = peek(i);
      if (t == null || !t.is(words[i])) return false;
    }
    return true;
  }

  /** Consumes the words when they come next, and says whether they did. */
  boolean accept(String... words) {
    if (!isWords(words)) return false;
    pos += words.length;
    return true;
  }

  boolean acceptKind(Kind kind) {
    Token t = peek();
    if (t != null && t.kind() == kind) {
      pos++;
      return true;
    }
    return false;
  }

  /**
   * Reads a possibly qualified name ({@code schema.table}) and returns it normalised:
   * identifiers folded, {@code public.} dropped. Returns null when no name comes next.
   */
  String name() {
    Token t = peek();
    if (t == null || !t.isName()) return null;
    pos++;
    StringBuilder sb = new StringBuilder(t.identifier());
    while (peek() != null && peek().kind() == Kind.DOT && peek(1) != null && peek(1).isName()) {
      pos++;
      sb.append('.').append(next().identifier());
    }
    String name = sb.toString();
    return name.startsWith("public.") ? name.substring(7) : name;
  }

  /** The tokens left, split at commas that are not inside parentheses. */
  List<List<Token>> restSplitAtTopLevelCommas() {
    List<List<Token>> parts = new ArrayList<>();
    List<Token> current = new ArrayList<>();
    int depth = 0;
    while (!atEnd()) {
      Token t = next();
      if (t.kind() == Kind.LPAREN) depth++;
      if (t.kind() == Kind.RPAREN) depth--;
      if (t.kind() == Kind.COMMA && depth == 0) {
        parts.add(current);
        current = new ArrayList<>();
      } else {
        current.add(t);
      }
    }
    if (!current.isEmpty()) parts.add(current);
    return parts;
  }

  /** The tokens of the next balanced parenthesised group, without its outer parentheses. */
  List<Token> parenContents() {
    List<Token> inner = new ArrayList<>();
    if (peek() == null || peek().kind() != Kind.LPAREN) return inner;
    int depth = 0;
    while (!atEnd()) {
      Token t = next();
      if (t.kind() == Kind.LPAREN && depth++ == 0) continue;
      if (t.kind() == Kind.RPAREN && --depth == 0) return inner;
      inner.add(t);
    }
    return inner;
  }

  /** True when any remaining token is the word {@code word}. */
  boolean restContains(String word) {
    for (int i = pos; i < tokens.size(); i++) {
      if (tokens.get(i).is(word)) return true;
    }
    return false;
  }

  /** The remaining tokens' text, joined by single spaces. */
  String restText() {
    StringBuilder sb = new StringBuilder();
    for (int i = pos; i < tokens.size(); i++) {
      if (sb.length() > 0) sb.append(' ');
      sb.append(tokens.get(i).text());
    }
    return sb.toString();
  }
}
