package dev.onewaydoor.analysis;

import java.util.List;

/**
 * A rule: metadata in one place ({@link RuleInfo}), and one or both hooks. Rules only report;
 * suppression, severity overrides and ordering happen once, in the {@link Engine}.
 */
public abstract class Rule {
  private final RuleInfo info;
  private final List<Class<? extends SchemaChange>> changeTypes;

  /**
   * {@code changeTypes} are the IR changes {@link #onChange} looks at; the engine calls it for
   * those only (a rule that reads no change passes none).
   */
  @SafeVarargs
  protected Rule(RuleInfo info, Class<? extends SchemaChange>... changeTypes) {
    this.info = info;
    this.changeTypes = List.of(changeTypes);
  }

  /** The change types {@link #onChange} handles. */
  public final List<Class<? extends SchemaChange>> changeTypes() {
    return changeTypes;
  }

  public final RuleInfo info() {
    return info;
  }

  public final String id() {
    return info.id();
  }

  /** Called for each change of each new migration, with the schema as it was just before it. */
  public void onChange(SchemaChange change, ChangeContext ctx) {}

  /** Called once for each new, edited or deleted migration. */
  public void onMigration(MigrationContext ctx) {}
}
