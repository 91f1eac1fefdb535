package dev.onewaydoor.sql;

import dev.onewaydoor.analysis.SchemaChange;
import dev.onewaydoor.analysis.SchemaChange.*;
import dev.onewaydoor.analysis.Source;

/** Copies a change to another source position, for parse results shared through the cache. */
final class Relocate {
  private Relocate() {}

  static SchemaChange to(SchemaChange c, Source s) {
    if (c instanceof CreateTable x) return new CreateTable(s, x.table(), x.columns(), x.ifNotExists());
    if (c instanceof DropTable x) return new DropTable(s, x.table());
    if (c instanceof RenameTable x) return new RenameTable(s, x.from(), x.to());
    if (c instanceof AddColumn x) return new AddColumn(s, x.table(), x.column());
    if (c instanceof DropColumn x) return new DropColumn(s, x.table(), x.column());
    if (c instanceof RenameColumn x) return new RenameColumn(s, x.table(), x.from(), x.to());
    if (c instanceof AlterColumnType x) return new AlterColumnType(s, x.table(), x.column(), x.from(), x.to());
    if (c instanceof SetNotNull x) return new SetNotNull(s, x.table(), x.column());
    if (c instanceof DropNotNull x) return new DropNotNull(s, x.table(), x.column());
    if (c instanceof SetDefault x) return new SetDefault(s, x.table(), x.column(), x.value());
    if (c instanceof DropDefault x) return new DropDefault(s, x.table(), x.column());
    if (c instanceof AddConstraint x) return new AddConstraint(s, x.table(), x.name(), x.kind(), x.validated());
    if (c instanceof DropConstraint x) return new DropConstraint(s, x.table(), x.name());
    if (c instanceof Truncate x) return new Truncate(s, x.table());
    if (c instanceof DeleteRows x) return new DeleteRows(s, x.table(), x.hasWhere());
    if (c instanceof UpdateRows x) return new UpdateRows(s, x.table(), x.hasWhere());
    if (c instanceof CreateIndex x) return new CreateIndex(s, x.table(), x.name(), x.concurrent(), x.unique());
    if (c instanceof DropIndex x) return new DropIndex(s, x.name(), x.concurrent());
    if (c instanceof DropSchema x) return new DropSchema(s, x.schema(), x.cascade());
    RawUnknown x = (RawUnknown) c;
    return new RawUnknown(s, x.reason(), x.destructive());
  }
}
