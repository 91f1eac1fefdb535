package dev.onewaydoor.analysis;

/**
 * A migration with its scripts, as text and as IR. {@code down} and {@code downText} are null
 * when the migration has no down script.
 */
public record MigrationUnit(Migration migration, String upText, ParsedScript up, String downFile,
    String downText, ParsedScript down) {

  public boolean hasDown() {
    return downText != null;
  }

  /** OneWayDoor's own errors reading the up and down scripts. */
  public java.util.List<Throwable> errors() {
    java.util.List<Throwable> all = new java.util.ArrayList<>(up.errors());
    if (down != null) all.addAll(down.errors());
    return all;
  }

  /** The up text with line endings normalised, so CRLF checkouts do not look like edits. */
  public String normalizedUp() {
    return upText.replace("\r\n", "\n").strip();
  }
}
