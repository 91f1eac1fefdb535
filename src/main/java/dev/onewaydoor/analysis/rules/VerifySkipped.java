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
 * {@code verify-skipped}: verification was asked for but did not run to the end for a history
 * (the base history does not apply here, the budget ran out, no server for the dialect, a fork
 * pull request). A note, never a pass: the static findings for that history stand.
 */
public final class VerifySkipped extends MigrationRule {
  public VerifySkipped() {
    super(new RuleInfo("verify-skipped", Category.OPERATIONAL_SAFETY, Severity.INFO, false,
        "The change was not verified on a real database",
        "Read the reason: give the verification what the history needs (an extension, a server, a larger budget), or rely on the static findings."));
  }

  /** Verification reports this rule ({@code dev.onewaydoor.verify}); the static engine never does. */
  @Override
  public void onMigration(MigrationContext ctx) {}

  /** {@code why} starts with "not verified: …". */
  public Finding skipped(Source at, String why) {
    return Verified.finding(info(), at, why + ". The static findings for this history stand.", Subject.NONE, "");
  }
}
