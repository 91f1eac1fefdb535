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
 * {@code previous-release-breaks}: after the up migrations ran on a real database, a query the
 * release running now could make (a SELECT of its columns, an INSERT of its required columns,
 * an UPDATE of a column) fails, while it succeeded before them. Reported by verification only.
 */
public final class PreviousReleaseBreaks extends MigrationRule {
  public PreviousReleaseBreaks() {
    super(new RuleInfo("previous-release-breaks", Category.BREAKS_PREVIOUS_VERSION, Severity.ERROR, true,
        "A query of the release running now fails once the up migration has run",
        "Expand first: keep what the running release uses until a later release stops using it (add, dual-write, backfill, switch, then drop)."));
  }

  /** Verification reports this rule ({@code dev.onewaydoor.verify}); the static engine never does. */
  @Override
  public void onMigration(MigrationContext ctx) {}

  /** {@code probe} worked before the change and fails after it with {@code sqlState} and {@code error}. */
  public Finding broken(Source at, String probe, String sqlState, String error, Subject subject, String verifiedOn) {
    return Verified.finding(info(), at, "After this change, `" + probe + "` fails: " + Verified.error(sqlState, error)
        + ". It works on the schema before the change, so the release running now breaks during the deploy, and"
        + " rolling the code back does not help.", subject, verifiedOn);
  }
}
