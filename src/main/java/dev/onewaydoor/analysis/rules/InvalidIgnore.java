package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.MigrationContext;
import dev.onewaydoor.analysis.MigrationContext.Status;
import dev.onewaydoor.analysis.MigrationRule;
import dev.onewaydoor.analysis.RuleInfo;
import dev.onewaydoor.analysis.Severity;
import dev.onewaydoor.analysis.Source;
import dev.onewaydoor.analysis.MigrationUnit;
import dev.onewaydoor.analysis.ParsedScript;
import dev.onewaydoor.analysis.Suppression;

/** {@code invalid-ignore}: an ignore comment without a reason or naming an unknown rule. */
public final class InvalidIgnore extends MigrationRule {
  public InvalidIgnore() {
    super(new RuleInfo("invalid-ignore", Category.OPERATIONAL_SAFETY, Severity.WARNING, false,
        "An ignore comment lacks a reason or names a rule that does not exist",
        "Write `-- onewaydoor:ignore <rule>[, <rule>] -- <reason>` with a known rule id and the reason."));
  }

  @Override
  public void onMigration(MigrationContext ctx) {
    if (ctx.status() == Status.REMOVED) return;
    MigrationUnit u = ctx.unit();
    check(u.up(), ctx);
    if (u.down() != null) check(u.down(), ctx);
  }

  private void check(ParsedScript script, MigrationContext ctx) {
    for (Suppression s : script.suppressions()) {
      Source at = new Source(s.file(), s.line(), 1, "");
      if (s.rules().isEmpty()) {
        ctx.report(at, "This ignore comment names no rule, so it suppresses nothing.");
      }
      for (String rule : s.rules()) {
        if (!ctx.knownRules().contains(rule)) {
          ctx.report(at, "This ignore comment names `" + rule + "`, which is not a OneWayDoor rule.");
        }
      }
      if (!s.hasReason()) {
        ctx.report(at, "This ignore comment gives no reason, so it suppresses nothing. Add `-- <reason>`: "
            + "the next person needs to know why the risk is fine.");
      }
    }
  }
}
