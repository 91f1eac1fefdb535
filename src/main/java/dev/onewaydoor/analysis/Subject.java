package dev.onewaydoor.analysis;

/**
 * The schema object a finding is about, as data rather than prose, so code references and
 * expand–contract plans can be computed from it: the table, the column (empty for a finding
 * about a whole table), the new name of a rename (else empty), and the column's shape before
 * and after the release where the model knows it.
 *
 * @param dialect the dialect of the history the finding comes from ({@code postgresql}, {@code mysql} …)
 */
public record Subject(String dialect, String table, String column, String newName, SchemaModel.Column before,
    SchemaModel.Column after) {

  /** No schema object: findings about files, history or unparsed statements. */
  public static final Subject NONE = new Subject("", "", "", "", null, null);

  public Subject {
    dialect = dialect == null ? "" : dialect;
    table = table == null ? "" : table;
    column = column == null ? "" : column;
    newName = newName == null ? "" : newName;
  }

  public static Subject table(String dialect, String table) {
    return new Subject(dialect, table, "", "", null, null);
  }

  public static Subject column(String dialect, String table, String column, SchemaModel.Column before,
      SchemaModel.Column after) {
    return new Subject(dialect, table, column, "", before, after);
  }

  public Subject renamedTo(String to) {
    return new Subject(dialect, table, column, to, before, after);
  }

  public boolean isNone() {
    return table.isEmpty();
  }

  public boolean isColumn() {
    return !column.isEmpty();
  }
}
