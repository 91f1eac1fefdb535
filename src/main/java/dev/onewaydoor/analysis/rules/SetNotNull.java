package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.Details;
import dev.onewaydoor.analysis.NetChange;
import dev.onewaydoor.analysis.ReleaseContext;
import dev.onewaydoor.analysis.ReleaseRule;
import dev.onewaydoor.analysis.RuleInfo;
import dev.onewaydoor.analysis.Severity;

/**
 * {@code set-not-null}: a column the previous release may leave NULL is NOT NULL without a
 * default after the release. A column that gets a default in the same release is not.
 */
public final class SetNotNull extends ReleaseRule {
  public SetNotNull() {
    super(new RuleInfo("set-not-null", Category.BREAKS_PREVIOUS_VERSION, Severity.ERROR, true,
        "SET NOT NULL breaks the version that still writes NULL, and scans the table under a lock",
        "Deploy code that always writes the column and backfill first; on PostgreSQL add "
            + "CHECK (col IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL."));
  }

  @Override
  public void onRelease(ReleaseContext ctx) {
    for (NetChange c : ctx.net().of(NetChange.Kind.NOT_NULL_SET)) {
      if (!c.newName().isEmpty()) continue; // renamed: rename-column says the previous release breaks
      String known = c.external() ? ". No earlier migration says whether it was nullable"
          : " without a default";
      ctx.report(c.at(), "Makes " + TypeChanges.column(c) + " NOT NULL" + known + ". The version running now may "
          + "still insert or update it to NULL, and those writes fail; existing NULLs make the migration itself fail.",
          Details.of(ctx.subject(c)).causes(c.causes()));
    }
  }
}
