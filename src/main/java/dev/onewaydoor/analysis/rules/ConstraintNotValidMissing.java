package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.ChangeContext;
import dev.onewaydoor.analysis.ChangeRule;
import dev.onewaydoor.analysis.RuleInfo;
import dev.onewaydoor.analysis.SchemaChange;
import dev.onewaydoor.analysis.Severity;
/**
 * {@code constraint-not-valid-missing}: a foreign key or check added to an existing
 * PostgreSQL table is validated under a lock unless it is added NOT VALID first.
 */
public final class ConstraintNotValidMissing extends ChangeRule<SchemaChange.AddConstraint> {
  public ConstraintNotValidMissing() {
    super(new RuleInfo("constraint-not-valid-missing", Category.OPERATIONAL_SAFETY, Severity.WARNING, false,
        "Adding a foreign key or check constraint without NOT VALID scans the table under a lock",
        "Add the constraint with NOT VALID, then VALIDATE CONSTRAINT in a separate migration."), SchemaChange.AddConstraint.class);
  }

  @Override
  public void onChange(SchemaChange.AddConstraint c, ChangeContext ctx) {
    if (!c.validated()) return;
    if (c.kind() != SchemaChange.ConstraintKind.FOREIGN_KEY && c.kind() != SchemaChange.ConstraintKind.CHECK) return;
    if (!ctx.migration().isPostgres() || ctx.isNewTable(c.table())) return;
    String what = c.kind() == SchemaChange.ConstraintKind.FOREIGN_KEY ? "foreign key" : "check constraint";
    ctx.report(c.source(), "Adds a " + what + (c.name() == null ? "" : " " + Names.q(c.name())) + " to "
        + Names.q(c.table()) + " and validates every existing row at once, holding a lock that blocks "
        + "writes for the whole scan.");
  }
}
