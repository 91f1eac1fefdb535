package dev.onewaydoor.plan;

import dev.onewaydoor.analysis.CodeUse;
import dev.onewaydoor.analysis.SchemaModel.Column;
import dev.onewaydoor.analysis.Subject;
import java.util.List;

/**
 * Type changes without a table rewrite under lock and without breaking the release running
 * now: a shadow column of the new type, filled by a trigger and a batched backfill while the
 * old column stays; the contract swaps them once every running version accepts the new type.
 */
final class TypePlans {
  private TypePlans() {}

  static Plan change(String rule, Subject s, DialectSql sql, List<CodeUse> uses, boolean lossy) {
    Column old = s.before();
    Column now = s.after();
    String t = s.table();
    String a = s.column();
    String shadow = a + "_new";
    String expandUp = sql.addColumn(t, shadow, now.type(), null)
        + sql.createConvertSync(t, a, old.type(), shadow, now.type())
        + sql.backfillConvert(t, a, old.type(), shadow, now.type());
    String expandDown = sql.dropConvertSync(t, a, old.type(), shadow, now.type()) + sql.dropColumn(t, shadow);
    String check = "SELECT count(*) FROM " + sql.q(t) + " WHERE " + sql.q(a) + " IS NOT NULL AND ("
        + sql.q(shadow) + " IS NULL" + (lossy ? " OR " + sql.cast(sql.q(shadow), old.type()) + " <> " + sql.q(a) : "")
        + ");\n";
    String contractUp = sql.dropConvertSync(t, a, old.type(), shadow, now.type()) + sql.dropColumn(t, a)
        + sql.renameColumn(t, shadow, a) + sql.constrain(t, a, now.type(), now.notNull(), now.defaultValue());
    String contractDown = sql.renameColumn(t, a, shadow)
        + sql.unconstrain(t, shadow, now.type(), now.notNull(), now.defaultValue())
        + sql.addColumn(t, a, old.type(), null)
        + "UPDATE " + sql.q(t) + " SET " + sql.q(a) + " = " + sql.cast(sql.q(shadow), old.type()) + ";\n"
        + sql.constrain(t, a, old.type(), old.notNull(), old.defaultValue())
        + sql.createConvertSync(t, a, old.type(), shadow, now.type());
    String ta = "`" + t + "." + a + "`";
    return new Plan(rule, sql.id(), "Add `" + shadow + "` of type " + now.type() + " next to " + ta + " (" + old.type()
        + "), fill it by trigger and batched backfill, make every running version accept " + now.type()
        + ", then swap the columns" + (lossy ? " once the check shows that no value was cut" : "") + ".",
        List.of(Phases.expand(expandUp, expandDown),
            Phases.move("accepts " + now.type() + " wherever it reads or writes `" + a + "`", uses),
            Phases.contract(ta + " as " + old.type(), contractUp, contractDown, check)),
        "", "");
  }
}
