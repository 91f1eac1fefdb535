package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.Details;
import dev.onewaydoor.analysis.NetChange;
import dev.onewaydoor.analysis.ReleaseContext;
import dev.onewaydoor.analysis.ReleaseRule;
import dev.onewaydoor.analysis.RuleInfo;
import dev.onewaydoor.analysis.Severity;

/**
 * {@code drop-column}: a column the previous release reads is gone after the release — dropped,
 * left out of a rebuilt table, or dropped and re-added without its values.
 */
public final class DropColumn extends ReleaseRule {
  public DropColumn() {
    super(new RuleInfo("drop-column", Category.DATA_LOSS, Severity.ERROR, true,
        "Dropping a column deletes its values and breaks the version that still reads it",
        "Expand–contract: stop reading and writing the column in one release (ignore it in the ORM), "
            + "then drop it in a later release, after a backup if the data may be needed."));
  }

  @Override
  public void onRelease(ReleaseContext ctx) {
    for (NetChange c : ctx.net().of(NetChange.Kind.COLUMN_DROPPED)) {
      String col = Names.col(c.table(), c.column());
      String how;
      if (c.after() != null) {
        how = "Drops column " + col + " and adds it again empty" + Names.trail(c.causes(), "re-added here")
            + ": its values are deleted.";
      } else if (c.causes().size() > 1) {
        how = "Table " + Names.q(c.table()) + " is rebuilt without column " + col
            + Names.trail(c.causes(), "the new table is created here") + ": its values are deleted, and the version "
            + "running now fails on every query that names the column.";
      } else {
        how = "Drops column " + col + ". Its values are deleted, and the version running now fails on every query "
            + "that names the column; redeploying the previous release does not bring the column back.";
      }
      String context = c.external() ? " No earlier migration creates this column: it may come from outside the "
          + "migration history." : "";
      ctx.report(c.at(), how + context, Details.of(ctx.subject(c)).causes(c.causes()));
    }
  }
}
