package dev.onewaydoor.plan;

import dev.onewaydoor.analysis.CodeUse;
import dev.onewaydoor.analysis.SchemaModel.Column;
import dev.onewaydoor.analysis.Subject;
import java.util.List;

/** NOT NULL and defaults: first the code always writes the column, then the schema requires it. */
final class ConstraintPlans {
  private ConstraintPlans() {}

  /** {@code set-not-null}: nothing in this release; backfill; NOT NULL through a validated check later. */
  static Plan setNotNull(String rule, Subject s, DialectSql sql, List<CodeUse> uses) {
    Column c = s.before();
    String t = s.table();
    String a = s.column();
    return new Plan(rule, sql.id(), "Deploy code that always writes `" + a + "`, fill the NULLs, then make it NOT NULL "
        + "in a later release" + (sql instanceof PostgresSql ? " through a validated CHECK (no long lock)" : "") + ".",
        List.of(Phases.expand(Phases.comment("SET NOT NULL on `" + t + "." + a + "` moves to a later release (phase 3): "
                + "the release running now may still write NULL"), Phases.NO_SCHEMA_CHANGE),
            Phases.move("writes `" + a + "` on every insert and update; then fill the existing NULLs", uses),
            Phases.contract("NULL in `" + a + "`", sql.setNotNull(t, a, c.type(), c.defaultValue()),
                sql.dropNotNull(t, a, c.type(), c.defaultValue()), nulls(sql, t, a))),
        "", "");
  }

  /** {@code add-required-column}: add it nullable now, require it once every writer sets it. */
  static Plan addRequired(String rule, Subject s, DialectSql sql, List<CodeUse> uses) {
    Column c = s.after();
    String t = s.table();
    String a = c.name();
    return new Plan(rule, sql.id(), "Add `" + a + "` as a nullable column, deploy code that writes it, fill the "
        + "existing rows, then make it NOT NULL in a later release.",
        List.of(Phases.expand(sql.addColumn(t, a, c.type(), null), sql.dropColumn(t, a)),
            Phases.move("writes `" + a + "` on every insert into `" + t + "`; then fill the existing rows", uses),
            Phases.contract("inserts without `" + a + "`", sql.setNotNull(t, a, c.type(), null),
                sql.dropNotNull(t, a, c.type(), null), nulls(sql, t, a))),
        "If one constant value is right for existing and future rows, `ALTER TABLE " + sql.q(t) + " ADD COLUMN "
            + sql.q(a) + " " + c.type() + " NOT NULL DEFAULT <value>` is a single safe step"
            + (sql instanceof PostgresSql ? " (PostgreSQL 11+ adds it without rewriting the table)." : "."), "");
  }

  /** {@code drop-default}: keep the default until every insert sets the column. */
  static Plan dropDefault(String rule, Subject s, DialectSql sql, List<CodeUse> uses) {
    Column c = s.before();
    String t = s.table();
    String a = s.column();
    return new Plan(rule, sql.id(), "Keep the default of `" + t + "." + a + "` until every insert sets the column, "
        + "then drop it in a later release.",
        List.of(Phases.expand(Phases.comment("keep the default of `" + t + "." + a + "` in this release: inserts of "
                + "the release running now leave the column out"), Phases.NO_SCHEMA_CHANGE),
            Phases.move("sets `" + a + "` on every insert into `" + t + "`", uses),
            Phases.contract("inserts without `" + a + "`", sql.dropDefault(t, a, c.type(), c.notNull()),
                sql.setDefault(t, a, c.type(), c.notNull(), c.defaultValue()), "")),
        "", "");
  }

  private static String nulls(DialectSql sql, String t, String a) {
    return "SELECT count(*) FROM " + sql.q(t) + " WHERE " + sql.q(a) + " IS NULL;\n";
  }
}
