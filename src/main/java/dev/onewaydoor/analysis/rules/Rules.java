package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.analysis.Rule;
import java.util.List;

/** The registry: every rule, once. Adding a rule means adding it here, its doc page and its test. */
public final class Rules {
  private Rules() {}

  public static List<Rule> all() {
    return List.of(
        new DropTable(), new DropColumn(), new DropSchema(), new TruncateTable(), new DeleteRows(),
        new LossyTypeChange(),
        new RenameTable(), new RenameColumn(), new AddRequiredColumn(), new SetNotNull(),
        new ChangeColumnType(), new DropDefault(),
        new MissingDownMigration(), new DownDoesNotRestore(), new IrreversibleMarker(),
        new EditAppliedMigration(), new DeleteAppliedMigration(), new OutOfOrderVersion(),
        new NonConcurrentIndex(), new ConstraintNotValidMissing(), new UnparsedStatement(),
        new InvalidIgnore(), new AnalysisFailed(), new HeadReferencesRemoved(),
        // reported by verification on a real database (dev.onewaydoor.verify), never by the engine
        new UpFails(), new PreviousReleaseBreaks(), new DownFails(), new DownLosesData(), new UpNotRerunnable(),
        new VerifySkipped());
  }
}
