package dev.onewaydoor.references;

/**
 * How sure a reference is, best first: {@code CERTAIN} when the context ties the name to the
 * table (the same SQL statement names the table, or the mapping that names the column maps
 * the table), {@code LIKELY} when the file is about the table but the line alone does not
 * say so, {@code POSSIBLE} for the bare name anywhere else.
 */
public enum Confidence {
  CERTAIN, LIKELY, POSSIBLE;

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
