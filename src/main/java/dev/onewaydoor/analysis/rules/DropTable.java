package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.Details;
import dev.onewaydoor.analysis.NetChange;
import dev.onewaydoor.analysis.ReleaseContext;
import dev.onewaydoor.analysis.ReleaseRule;
import dev.onewaydoor.analysis.RuleInfo;
import dev.onewaydoor.analysis.Severity;

/**
 * {@code drop-table}: a table the previous release uses is gone after the release, or is
 * re-created empty. A table dropped and re-created with its rows copied over is not.
 */
public final class DropTable extends ReleaseRule {
  public DropTable() {
    super(new RuleInfo("drop-table", Category.DATA_LOSS, Severity.ERROR, true,
        "Dropping a table deletes its data and breaks code that still reads it",
        "Stop using the table in one release, keep a backup or rename it aside, and drop it in a later release."));
  }

  @Override
  public void onRelease(ReleaseContext ctx) {
    for (NetChange c : ctx.net().of(NetChange.Kind.TABLE_DROPPED)) {
      if (c.external() && c.guarded()) {
        ctx.report(c.at(), "Drops table " + Names.q(c.table()) + " if it exists. No migration creates it, so "
            + "OneWayDoor cannot tell whether it holds data; check that nothing outside the history made it.",
            Details.of(ctx.subject(c)).causes(c.causes()).blocking(false));
        continue;
      }
      String known = c.external() ? " (no earlier migration creates it: it may come from outside the migration history)" : "";
      ctx.report(c.at(), "Drops table " + Names.q(c.table()) + known + ". Every row in it is deleted, and the "
          + "version running now fails as soon as it queries the table; rolling back the code brings neither back.",
          Details.of(ctx.subject(c)).causes(c.causes()));
    }
    for (NetChange c : ctx.net().of(NetChange.Kind.TABLE_REFILLED)) {
      ctx.report(c.at(), "Drops table " + Names.q(c.table()) + " and creates it again from a query"
          + Names.trail(c.causes(), "re-created here") + ". Its rows are now whatever the query returns: fine for a "
          + "cache rebuilt from other tables, a loss if the table held data of its own.",
          Details.of(ctx.subject(c)).causes(c.causes()).blocking(false));
    }
    for (NetChange c : ctx.net().of(NetChange.Kind.TABLE_EMPTIED)) {
      boolean note = c.external() && c.guarded();
      ctx.report(c.at(), "Drops table " + Names.q(c.table()) + " and creates it again without copying its rows"
          + Names.trail(c.causes(), "re-created here") + (note
              ? ". No migration creates the table before, so this may be an idempotency guard; check that it holds no data."
              : ". Every row it held is deleted; the previous release finds the table empty."),
          Details.of(ctx.subject(c)).causes(c.causes()).blocking(!note));
    }
  }
}
