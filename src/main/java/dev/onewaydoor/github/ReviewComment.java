package dev.onewaydoor.github;

/**
 * An inline review comment on lines {@code startLine}…{@code line} of the new file (side
 * RIGHT): one hunk of the diff must show them all, or GitHub rejects the whole review. A
 * comment on one line has {@code startLine == line}.
 */
public record ReviewComment(String path, int startLine, int line, String body) {
  public ReviewComment {
    if (startLine > line) throw new IllegalArgumentException("start line " + startLine + " after line " + line);
  }

  public ReviewComment(String path, int line, String body) {
    this(path, line, line, body);
  }
}
