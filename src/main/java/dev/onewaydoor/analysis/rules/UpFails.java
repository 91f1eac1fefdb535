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
 * {@code up-fails}: an up migration of the change raised an error on a real database that
 * holds the deployed history. Reported by verification only.
 */
public final class UpFails extends MigrationRule {
  public UpFails() {
    super(new RuleInfo("up-fails", Category.OPERATIONAL_SAFETY, Severity.ERROR, true,
        "The up migration fails on a database with the deployed history",
        "Fix the statement so it applies to the schema (and the rows) production has, then verify again."));
  }

  /** Verification reports this rule ({@code dev.onewaydoor.verify}); the static engine never does. */
  @Override
  public void onMigration(MigrationContext ctx) {}

  /** The statement at {@code at} failed with {@code sqlState} and the server's {@code error}. */
  public Finding failed(Source at, String sqlState, String error, String verifiedOn) {
    return Verified.finding(info(), at, "The up migration fails at this statement: "
        + Verified.error(sqlState, error) + ". The deploy stops here.", Subject.NONE, verifiedOn);
  }

  /**
   * The statement failed only because the tables it touches have rows ({@code rows}, such as
   * "3 sample rows in reservations"): it passes on empty tables, as in development.
   */
  public Finding failedWithRows(Source at, String sqlState, String error, String rows, String verifiedOn) {
    return Verified.finding(info(), at, "The up migration fails at this statement once the table has rows: "
        + Verified.error(sqlState, error) + " (with " + rows + "; it passes on empty tables). Production tables have"
        + " rows, so the deploy stops here.", Subject.NONE, verifiedOn);
  }
}
