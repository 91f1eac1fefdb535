package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.Details;
import dev.onewaydoor.analysis.NetChange;
import dev.onewaydoor.analysis.ReleaseContext;
import dev.onewaydoor.analysis.ReleaseRule;
import dev.onewaydoor.analysis.RuleInfo;
import dev.onewaydoor.analysis.Severity;

/**
 * {@code drop-default}: a NOT NULL column has no default after the release, so inserts that
 * leave it out start failing. A default dropped and set again in the same release is not.
 */
public final class DropDefault extends ReleaseRule {
  public DropDefault() {
    super(new RuleInfo("drop-default", Category.BREAKS_PREVIOUS_VERSION, Severity.ERROR, true,
        "Dropping the default of a NOT NULL column breaks inserts that leave it out",
        "Deploy code that always sets the column first; drop the default in a later release."));
  }

  @Override
  public void onRelease(ReleaseContext ctx) {
    for (NetChange c : ctx.net().of(NetChange.Kind.DEFAULT_DROPPED)) {
      if (!c.newName().isEmpty()) continue; // renamed: rename-column says the previous release breaks
      ctx.report(c.at(), "Drops the default (" + c.before().defaultValue() + ") of NOT NULL column "
          + TypeChanges.column(c) + ". Inserts from the version running now that leave the column out relied on "
          + "the default and fail from this migration on.", Details.of(ctx.subject(c)).causes(c.causes()));
    }
  }
}
