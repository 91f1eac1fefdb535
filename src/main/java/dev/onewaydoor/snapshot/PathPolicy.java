package dev.onewaydoor.snapshot;

import java.util.Locale;
import java.util.Set;

/**
 * Which archive paths are safe and worth keeping. Unsafe paths (absolute, {@code ..}, NUL or
 * backslash) are never produced by git: an archive holding one is rejected whole. Vendored
 * trees and binary files are skipped: no migration or code reference lives there.
 */
final class PathPolicy {
  private static final Set<String> VENDORED = Set.of("node_modules", "vendor", "third_party", "bower_components",
      ".git", ".yarn", "Pods", ".bundle");
  private static final Set<String> BINARY = Set.of("png", "jpg", "jpeg", "gif", "webp", "ico", "bmp", "tiff", "psd",
      "pdf", "zip", "gz", "tgz", "bz2", "xz", "7z", "rar", "jar", "war", "class", "so", "dll", "dylib", "exe", "bin",
      "o", "a", "woff", "woff2", "ttf", "otf", "eot", "mp3", "mp4", "mov", "avi", "webm", "wav", "ogg", "flac",
      "sqlite", "db", "parquet", "avro", "pyc", "wasm", "iso", "dmg");

  private PathPolicy() {}

  /**
   * The path inside the repository (the archive's top directory removed), or null for the
   * top directory itself; throws for an unsafe path.
   */
  static String repoPath(String archiveName) throws UnsafePath {
    if (archiveName.startsWith("/") || archiveName.indexOf('\0') >= 0 || archiveName.indexOf('\\') >= 0) {
      throw new UnsafePath(archiveName);
    }
    for (String part : archiveName.split("/")) if (part.equals("..")) throw new UnsafePath(archiveName);
    int slash = archiveName.indexOf('/');
    if (slash < 0) return null;
    String rest = archiveName.substring(slash + 1);
    while (rest.endsWith("/")) rest = rest.substring(0, rest.length() - 1);
    return rest.isEmpty() ? null : rest;
  }

  /** True for files not worth keeping: vendored trees and binary formats. */
  static boolean skipped(String path) {
    for (String part : path.split("/")) if (VENDORED.contains(part)) return true;
    int dot = path.lastIndexOf('.');
    return dot > path.lastIndexOf('/') && BINARY.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /** An archive entry outside the repository's root. */
  static final class UnsafePath extends java.io.IOException {
    UnsafePath(String name) {
      super("the archive holds an unsafe path: " + name.replaceAll("[^\\x20-\\x7e]", "?"));
    }
  }
}
