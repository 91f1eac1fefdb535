package dev.onewaydoor.analysis;

/**
 * A column as a migration declares it. {@code type} is normalised by {@link ColumnType};
 * {@code defaultValue} is null when there is no default. Identity, serial and generated
 * columns count as having a default: the database fills them.
 */
public record ColumnDef(String name, String type, boolean notNull, String defaultValue) {

  /** True when the database supplies a value if an INSERT leaves the column out. */
  public boolean hasDefault() {
    return defaultValue != null;
  }
}
