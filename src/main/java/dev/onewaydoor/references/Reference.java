package dev.onewaydoor.references;

/**
 * One place in the code that uses a target's name.
 *
 * @param path the file, relative to the tree's root
 * @param line 1-based line
 * @param column 1-based column, in characters
 * @param snippet the line, trimmed and shortened around the name
 * @param confidence how sure the tie to the target is
 * @param why what the context is, in a few words ("SQL naming reservations", "JPA @Column")
 */
public record Reference(Target target, String path, int line, int column, String snippet, Confidence confidence,
    String why) {

  /** {@code path:line}, as editors and terminals link it. */
  public String location() {
    return path + ":" + line;
  }
}
