package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.Details;
import dev.onewaydoor.analysis.NetChange;
import dev.onewaydoor.analysis.ReleaseContext;
import dev.onewaydoor.analysis.ReleaseRule;
import dev.onewaydoor.analysis.RuleInfo;
import dev.onewaydoor.analysis.Severity;

/**
 * {@code add-required-column}: after the release, a table the previous release inserts into
 * has a NOT NULL column without a default that the previous release does not know.
 */
public final class AddRequiredColumn extends ReleaseRule {
  public AddRequiredColumn() {
    super(new RuleInfo("add-required-column", Category.BREAKS_PREVIOUS_VERSION, Severity.ERROR, true,
        "Adding a NOT NULL column without a default breaks inserts of the version that does not know it",
        "Add the column nullable (or with a default), backfill, deploy code that writes it, "
            + "then SET NOT NULL in a later release."));
  }

  @Override
  public void onRelease(ReleaseContext ctx) {
    for (NetChange c : ctx.net().of(NetChange.Kind.REQUIRED_COLUMN_ADDED)) {
      Details d = Details.of(ctx.subject(c)).causes(c.causes());
      if (c.writtenBy() != null) {
        ctx.report(c.at(), "Adds " + Names.col(c.table(), c.column()) + " as NOT NULL without a default; a function "
            + "this release defines (" + Names.at(c.writtenBy(), c.at().file()) + ") fills it. If only that function "
            + "inserts into " + Names.q(c.table()) + " (a trigger-maintained table), the version running now is "
            + "unaffected; if the application inserts too, its inserts fail.", d.blocking(false));
        continue;
      }
      ctx.report(c.at(), "Adds " + Names.col(c.table(), c.column()) + " as NOT NULL without a default. "
          + "On a table with rows the migration fails; once it has run, every INSERT from the version "
          + "running now (which does not know the column) fails too.", d);
    }
  }
}
