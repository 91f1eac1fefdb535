package dev.onewaydoor.references;

import java.util.Locale;

/** The kinds of file the scanner reads, by extension; every other file is left alone. */
enum Language {
  JAVA, KOTLIN, GO, PYTHON, RUBY, JS, RUST, CSHARP, SQL, XML, PRISMA;

  /** The language of {@code path}, or null for a file the scanner does not read. */
  static Language of(String path) {
    int dot = path.lastIndexOf('.');
    if (dot < 0 || dot < path.lastIndexOf('/')) return null;
    switch (path.substring(dot + 1).toLowerCase(Locale.ROOT)) {
      case "java": case "scala": case "groovy": return JAVA;
      case "kt": case "kts": return KOTLIN;
      case "go": return GO;
      case "py": return PYTHON;
      case "rb": case "rake": return RUBY;
      case "js": case "jsx": case "mjs": case "cjs": case "ts": case "tsx": case "mts": case "cts": return JS;
      case "rs": return RUST;
      case "cs": return CSHARP;
      case "sql": return SQL;
      case "xml": return XML;
      case "prisma": return PRISMA;
      default: return null;
    }
  }

  /** True for languages whose comments start with {@code #}. */
  boolean hashComments() {
    return this == PYTHON || this == RUBY;
  }

  /** True for languages with {@code //} and {@code /* *}{@code /} comments. */
  boolean cComments() {
    return this != PYTHON && this != RUBY && this != SQL && this != XML;
  }
}
