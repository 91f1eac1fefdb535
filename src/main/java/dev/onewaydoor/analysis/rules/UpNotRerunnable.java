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
 * {@code up-not-rerunnable}: after up and down, running the up migration again fails, or leaves
 * a schema other than the first run did. Reported by verification only.
 */
public final class UpNotRerunnable extends MigrationRule {
  public UpNotRerunnable() {
    super(new RuleInfo("up-not-rerunnable", Category.ROLLBACK_PATH, Severity.ERROR, true,
        "The up migration cannot run again after its down migration",
        "Make the down migration undo everything the up migration creates, so that deploying again after a rollback works."));
  }

  /** Verification reports this rule ({@code dev.onewaydoor.verify}); the static engine never does. */
  @Override
  public void onMigration(MigrationContext ctx) {}

  public Finding failed(Source at, String sqlState, String error, String verifiedOn) {
    return Verified.finding(info(), at, "After up and down, running the up migration again fails at this statement: "
        + Verified.error(sqlState, error) + ". Deploying again after a rollback would stop here.", Subject.NONE,
        verifiedOn);
  }

  /** The second run succeeded but the schema differs from the first run's: {@code differences}. */
  public Finding differs(Source at, String differences, String verifiedOn) {
    return Verified.finding(info(), at, "After up, down and up again, the schema differs from the first up: "
        + differences + ".", Subject.NONE, verifiedOn);
  }
}
