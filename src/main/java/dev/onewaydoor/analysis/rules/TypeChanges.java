package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.analysis.ChangeContext;
import dev.onewaydoor.analysis.SchemaChange.AlterColumnType;
import dev.onewaydoor.analysis.SchemaModel;

/** The type a column had before an {@link AlterColumnType}: from the frontend, else from the model. */
final class TypeChanges {
  private TypeChanges() {}

  static String before(AlterColumnType a, ChangeContext ctx) {
    if (a.from() != null) return a.from();
    SchemaModel.Column col = ctx.schema().column(a.table(), a.column());
    return col == null ? null : col.type();
  }
}
