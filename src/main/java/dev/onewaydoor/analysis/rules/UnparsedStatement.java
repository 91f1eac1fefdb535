package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.ChangeContext;
import dev.onewaydoor.analysis.Rule;
import dev.onewaydoor.analysis.RuleInfo;
import dev.onewaydoor.analysis.SchemaChange;
import dev.onewaydoor.analysis.Severity;
/**
 * {@code unparsed-statement}: a statement OneWayDoor could not understand is never passed
 * silently; if it contains destructive keywords it blocks.
 */
public final class UnparsedStatement extends Rule {
  public UnparsedStatement() {
    super(new RuleInfo("unparsed-statement", Category.OPERATIONAL_SAFETY, Severity.WARNING, false,
        "A statement could not be analysed",
        "Check the statement by hand; if it is safe, add `-- onewaydoor:ignore unparsed-statement -- <why>` above it."),
        SchemaChange.RawUnknown.class);
  }

  @Override
  public void onChange(SchemaChange change, ChangeContext ctx) {
    if (!(change instanceof SchemaChange.RawUnknown u)) return;
    String tail = u.destructive()
        ? " It contains DROP, RENAME, TRUNCATE, DELETE or ALTER … TYPE, so it is treated as a one-way door until a person has checked it."
        : " Nothing in it looks destructive, but it was not checked.";
    ctx.report(u.source(), "OneWayDoor could not analyse this statement (" + u.reason() + ")." + tail,
        u.destructive());
  }
}
