package dev.onewaydoor.migrations;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A file of the repository, by path relative to its root, with its raw bytes. The text is
 * decoded once, on first use: discovery and reading both need it.
 */
public final class SourceFile {
  private final String path;
  private final byte[] content;
  private boolean decoded;
  private String text;

  public SourceFile(String path, byte[] content) {
    this.path = path;
    this.content = content;
  }

  public static SourceFile of(String path, String text) {
    return new SourceFile(path, text.getBytes(StandardCharsets.UTF_8));
  }

  public String path() {
    return path;
  }

  public byte[] content() {
    return content;
  }

  /** The file name, without directories. */
  public String name() {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** The directory part of the path, empty at the root. */
  public String dir() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  /**
   * The content as strict UTF-8 without a byte-order mark, or null for binary content (NUL
   * bytes) or bytes that are not UTF-8: such a file is reported, never guessed at.
   */
  public synchronized String text() {
    if (!decoded) {
      text = decode(content);
      decoded = true;
    }
    return text;
  }

  private static String decode(byte[] content) {
    for (byte b : content) {
      if (b == 0) return null;
    }
    try {
      String s = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content)).toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  @Override
  public String toString() {
    return "SourceFile[" + path + ", " + content.length + " bytes]";
  }
}
