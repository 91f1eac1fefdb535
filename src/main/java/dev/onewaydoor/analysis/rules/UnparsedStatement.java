package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.ChangeContext;
import dev.onewaydoor.analysis.ChangeRule;
import dev.onewaydoor.analysis.Details;
import dev.onewaydoor.analysis.RuleInfo;
import dev.onewaydoor.analysis.SchemaChange;
import dev.onewaydoor.analysis.Severity;

/**
 * {@code unparsed-statement}: a statement OneWayDoor could not analyse. It blocks (as an error)
 * when its code — not its comments or strings — holds a destructive keyword; otherwise it is
 * a warning.
 */
public final class UnparsedStatement extends ChangeRule<SchemaChange.RawUnknown> {
  public UnparsedStatement() {
    super(new RuleInfo("unparsed-statement", Category.OPERATIONAL_SAFETY, Severity.WARNING, false,
        "A statement could not be analysed",
        "Check the statement by hand; if it is safe, add `-- onewaydoor:ignore unparsed-statement -- <why>` above it."),
        SchemaChange.RawUnknown.class);
  }

  @Override
  public void onChange(SchemaChange.RawUnknown u, ChangeContext ctx) {
    SchemaChange.DestructiveWord w = u.destructiveWord();
    String tail = w == null ? " Nothing in its code looks destructive, but it was not checked."
        : " Its code contains " + w.word() + " (line " + w.line() + "), so it is treated as a one-way door until a "
            + "person has checked it.";
    ctx.report(u.source(), "OneWayDoor could not analyse this statement (" + u.reason() + ")." + tail,
        Details.NONE.blocking(w != null));
  }
}
