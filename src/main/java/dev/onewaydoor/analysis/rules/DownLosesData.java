package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.analysis.MigrationContext;
import dev.onewaydoor.analysis.MigrationRule;
import dev.onewaydoor.analysis.RuleInfo;
import dev.onewaydoor.analysis.Severity;
import dev.onewaydoor.analysis.Source;
import dev.onewaydoor.analysis.Subject;

/**
 * {@code down-loses-data}: sample rows written before the up migration did not come back after
 * the down migration: the column is back but empty, holds other values, or the rows are gone.
 * Reported by verification only.
 */
public final class DownLosesData extends MigrationRule {
  public DownLosesData() {
    super(new RuleInfo("down-loses-data", Category.DATA_LOSS, Severity.ERROR, true,
        "Values written before the up migration are not there after the down migration",
        "Keep the data until the change is final: copy it aside in the up migration (or keep the old column) and restore it in the down migration."));
  }

  /** Verification reports this rule ({@code dev.onewaydoor.verify}); the static engine never does. */
  @Override
  public void onMigration(MigrationContext ctx) {}

  /** {@code what} says what happened, such as "`reservations.fax_number` is back but NULL in 3 of 3 sample rows". */
  public Finding lost(Source at, String what, Subject subject, String verifiedOn) {
    return Verified.finding(info(), at, "After up and down, " + what
        + ": a rollback restores the schema, not the data.", subject, verifiedOn);
  }
}
