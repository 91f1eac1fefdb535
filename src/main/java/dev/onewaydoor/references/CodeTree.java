package dev.onewaydoor.references;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files of one version of a repository, by path relative to its root with {@code /}
 * separators: a directory on disk, a git commit, a downloaded tarball. Sizes come first so
 * a scanner can leave large files unread; contents are read only when asked for.
 */
public interface CodeTree {
  /** Visits every regular file once. Symbolic links are reported as skipped, never followed. */
  void forEach(Visitor visitor) throws IOException;

  /** Receives the files of a tree. */
  interface Visitor {
    /** A regular file of {@code size} bytes; {@code content} reads it when the visitor wants it. */
    void file(String path, long size, Content content) throws IOException;

    /** An entry the tree does not hand out (a symbolic link, an unreadable file), and why. */
    void skipped(String path, String reason);
  }

  /** Thrown by {@link #forEach} when the tree cannot be had at all; the message says why ("over 256 MB"). */
  final class Unavailable extends IOException {
    public Unavailable(String why) {
      super(why);
    }
  }

  /** The bytes of one file, read on demand. */
  interface Content {
    byte[] read() throws IOException;
  }

  /** A tree held in memory: for tests, and for callers that already have the bytes. */
  static CodeTree of(Map<String, byte[]> files) {
    TreeMap<String, byte[]> sorted = new TreeMap<>(files);
    return visitor -> {
      for (Map.Entry<String, byte[]> e : sorted.entrySet()) {
        byte[] bytes = e.getValue();
        visitor.file(e.getKey(), bytes.length, () -> bytes);
      }
    };
  }
}
