package dev.onewaydoor.references;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Byte-level helpers: identifier characters, line positions, and strict UTF-8 checks. */
final class Bytes {
  private Bytes() {}

  static boolean isIdent(byte c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }

  static boolean isUpper(byte c) {
    return c >= 'A' && c <= 'Z';
  }

  /** True when the bytes hold a NUL in their first 8,000 (how git decides a file is binary). */
  static boolean looksBinary(byte[] b, int n) {
    int limit = Math.min(n, 8000);
    for (int i = 0; i < limit; i++) if (b[i] == 0) return true;
    return false;
  }

  static boolean isUtf8(byte[] b, int n) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, 0, n));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  static int lineStart(byte[] b, int offset) {
    int i = offset;
    while (i > 0 && b[i - 1] != '\n') i--;
    return i;
  }

  static int lineEnd(byte[] b, int n, int offset) {
    int i = offset;
    while (i < n && b[i] != '\n') i++;
    return i;
  }

  /** The bytes as text; invalid UTF-8 becomes U+FFFD rather than an error. */
  static String text(byte[] b, int from, int to) {
    return new String(b, from, Math.max(0, to - from), StandardCharsets.UTF_8);
  }
}
