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
 * {@code down-fails}: a down migration of the change raised an error when run on a real
 * database right after its up migrations. Reported by verification only.
 */
public final class DownFails extends MigrationRule {
  public DownFails() {
    super(new RuleInfo("down-fails", Category.ROLLBACK_PATH, Severity.ERROR, true,
        "The down migration fails right after the up migration",
        "Fix the down migration so it runs on the schema the up migration leaves, then verify up, down, up again."));
  }

  /** Verification reports this rule ({@code dev.onewaydoor.verify}); the static engine never does. */
  @Override
  public void onMigration(MigrationContext ctx) {}

  public Finding failed(Source at, String sqlState, String error, String verifiedOn) {
    return Verified.finding(info(), at, "The down migration fails at this statement right after the up migration: "
        + Verified.error(sqlState, error) + ". A rollback would stop half-way.", Subject.NONE, verifiedOn);
  }
}
