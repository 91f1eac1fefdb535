package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.MigrationContext;
import dev.onewaydoor.analysis.MigrationContext.Status;
import dev.onewaydoor.analysis.MigrationRule;
import dev.onewaydoor.analysis.RuleInfo;
import dev.onewaydoor.analysis.Severity;
import dev.onewaydoor.analysis.Source;
import dev.onewaydoor.analysis.Migration;
import dev.onewaydoor.analysis.Versions;

/** {@code out-of-order-version}: a new migration sorts before one that is already applied. */
public final class OutOfOrderVersion extends MigrationRule {
  public OutOfOrderVersion() {
    super(new RuleInfo("out-of-order-version", Category.HISTORY_INTEGRITY, Severity.ERROR, true,
        "A new migration's version is lower than the newest migration on the base branch",
        "Renumber the migration above the newest applied version (rebase your branch and rename the file)."));
  }

  @Override
  public void onMigration(MigrationContext ctx) {
    Migration m = ctx.unit().migration();
    String highest = ctx.highestBaseVersion();
    if (ctx.status() != Status.ADDED || m.repeatable() || !m.ordered() || highest == null) return;
    if (Versions.compare(m.version(), highest) >= 0) return;
    ctx.report(Source.file(m.file()), "Version " + m.version() + " is lower than " + highest
        + ", already on the base branch. Databases past " + highest + " skip it or refuse to migrate "
        + "(Flyway without outOfOrder), and fresh databases apply it in a different order than production.");
  }
}
