package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.MigrationContext;
import dev.onewaydoor.analysis.MigrationContext.Status;
import dev.onewaydoor.analysis.MigrationRule;
import dev.onewaydoor.analysis.MigrationUnit;
import dev.onewaydoor.analysis.ParsedScript;
import dev.onewaydoor.analysis.RuleInfo;
import dev.onewaydoor.analysis.Severity;
import dev.onewaydoor.analysis.Source;

/**
 * {@code analysis-failed}: OneWayDoor itself failed on a migration (a bug of ours). The file
 * is not analysed, so it must not pass as clean: it blocks until someone has looked.
 */
public final class AnalysisFailed extends MigrationRule {
  public AnalysisFailed() {
    super(new RuleInfo("analysis-failed", Category.OPERATIONAL_SAFETY, Severity.ERROR, true,
        "OneWayDoor hit an internal error reading a migration, so the migration was not analysed",
        "Review the migration by hand and report the error (it is logged with its stack trace)."));
  }

  @Override
  public void onMigration(MigrationContext ctx) {
    if (ctx.status() == Status.REMOVED) return;
    MigrationUnit u = ctx.unit();
    check(u.up(), ctx);
    if (u.down() != null) check(u.down(), ctx);
  }

  private void check(ParsedScript script, MigrationContext ctx) {
    for (Throwable e : script.errors()) {
      ctx.report(Source.file(script.file()), "Internal error in OneWayDoor while reading " + script.file() + " ("
          + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
          + "). The file was not analysed; this is a bug in OneWayDoor, not in the migration.");
    }
  }
}
