package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.MigrationContext;
import dev.onewaydoor.analysis.MigrationContext.Status;
import dev.onewaydoor.analysis.Rule;
import dev.onewaydoor.analysis.RuleInfo;
import dev.onewaydoor.analysis.Severity;
import dev.onewaydoor.analysis.Source;
import dev.onewaydoor.analysis.MigrationUnit;
import java.util.regex.Pattern;

/** {@code irreversible-marker}: the down migration explicitly refuses to run. */
public final class IrreversibleMarker extends Rule {
  private static final Pattern MARKER = Pattern.compile("(?i)\\birreversible\\b|\\bnot\\s+reversible\\b"
      + "|\\bcan(?:not|'t)\\s+be\\s+(?:reverted|undone|rolled\\s+back|reversed)\\b|\\braise\\s+exception\\b"
      + "|\\bsignal\\s+sqlstate\\b|\\brollback\\s+(?:is\\s+)?not\\s+(?:possible|supported)\\b");

  public IrreversibleMarker() {
    super(new RuleInfo("irreversible-marker", Category.ROLLBACK_PATH, Severity.ERROR, true,
        "The down migration declares the change irreversible",
        "Make the change reversible with expand–contract, or acknowledge explicitly that rollback is not possible."));
  }

  /** True when a down script's text says it cannot be run. */
  static boolean marks(String downText) {
    return downText != null && MARKER.matcher(downText).find();
  }

  @Override
  public void onMigration(MigrationContext ctx) {
    MigrationUnit u = ctx.unit();
    if (ctx.status() != Status.ADDED || !marks(u.downText())) return;
    ctx.report(Source.file(u.downFile()), "The down migration of " + u.migration().file()
        + " declares itself irreversible: rolling this release back means restoring from a backup.");
  }
}
