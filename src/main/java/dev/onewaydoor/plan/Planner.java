package dev.onewaydoor.plan;

import dev.onewaydoor.analysis.CodeUse;
import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.analysis.Subject;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the expand–contract plan for a blocking finding from its subject (table, column,
 * the column's shape before and after, dialect) and the code that uses the name (phase 2's
 * checklist). Pure: data in, SQL out.
 */
public final class Planner {
  /** The rules a plan is written for. */
  public static final Set<String> PLANNED = Set.of("rename-column", "rename-table", "drop-column", "drop-table",
      "change-column-type", "lossy-type-change", "set-not-null", "add-required-column", "drop-default");

  private Planner() {}

  /**
   * The plan for {@code f}, or empty when its rule has no plan or it does not block. A plan
   * whose SQL cannot be written (the model does not know the column's type) says why.
   */
  public static Optional<Plan> plan(Finding f, List<CodeUse> uses) {
    if (!f.blocking() || !PLANNED.contains(f.rule())) return Optional.empty();
    Subject s = f.subject();
    DialectSql sql = DialectSql.of(s.dialect());
    String missing = missing(f.rule(), s);
    if (missing != null) return Optional.of(Plan.unavailable(f.rule(), sql.id(), missing));
    switch (f.rule()) {
      case "rename-column": return Optional.of(ColumnPlans.rename(f.rule(), s, sql, uses));
      case "drop-column": return Optional.of(ColumnPlans.drop(f.rule(), s, sql, uses));
      case "rename-table": return Optional.of(TablePlans.rename(f.rule(), s, sql, uses));
      case "drop-table": return Optional.of(TablePlans.drop(f.rule(), s, sql, uses));
      case "change-column-type": return Optional.of(TypePlans.change(f.rule(), s, sql, uses, false));
      case "lossy-type-change": return Optional.of(TypePlans.change(f.rule(), s, sql, uses, true));
      case "set-not-null": return Optional.of(ConstraintPlans.setNotNull(f.rule(), s, sql, uses));
      case "add-required-column": return Optional.of(ConstraintPlans.addRequired(f.rule(), s, sql, uses));
      default: return Optional.of(ConstraintPlans.dropDefault(f.rule(), s, sql, uses));
    }
  }

  /** What the subject lacks for this rule's SQL, or null when it has it all. */
  private static String missing(String rule, Subject s) {
    if (s.isNone()) return "the finding does not say which table and column it is about";
    String col = "`" + s.table() + "." + s.column() + "`";
    switch (rule) {
      case "rename-column":
        if (s.newName().isEmpty()) return "the finding does not name the new column";
        return s.before() == null ? "no migration in the history says what type " + col + " has" : null;
      case "rename-table":
        return s.newName().isEmpty() ? "the finding does not name the new table" : null;
      case "drop-table":
      case "drop-column":
        return null;
      case "change-column-type":
      case "lossy-type-change":
        return s.before() == null || s.after() == null ? "no migration in the history says what type " + col + " had" : null;
      case "add-required-column":
        return s.after() == null ? "the finding does not carry the new column's type" : null;
      default:
        return s.before() == null ? "no migration in the history creates " + col : null;
    }
  }
}
