package dev.onewaydoor.analysis;

import java.util.Set;

/** What a {@link MigrationRule} may know while looking at one new, edited or deleted migration. */
public final class MigrationContext extends RuleContext {
  /** How a migration differs between base and head. */
  public enum Status { ADDED, MODIFIED, REMOVED }

  private final Status status;
  private final MigrationUnit unit;
  private final MigrationUnit baseUnit;
  private final String highestBaseVersion;
  private final Set<String> knownRules;

  MigrationContext(Rule rule, Reporter reporter, Status status, MigrationUnit unit, MigrationUnit baseUnit,
      String highestBaseVersion, Set<String> knownRules) {
    super(rule, reporter, unit.migration().dialect());
    this.status = status;
    this.unit = unit;
    this.baseUnit = baseUnit;
    this.highestBaseVersion = highestBaseVersion;
    this.knownRules = knownRules;
  }

  public Status status() {
    return status;
  }

  /** The migration at the head; for {@link Status#REMOVED}, the one at the base. */
  public MigrationUnit unit() {
    return unit;
  }

  /** The migration at the base, or null for an added one. */
  public MigrationUnit baseUnit() {
    return baseUnit;
  }

  /** The highest version among the base's ordered migrations, or null without a base. */
  public String highestBaseVersion() {
    return highestBaseVersion;
  }

  /** The ids of every registered rule, for checking ignore comments. */
  public Set<String> knownRules() {
    return knownRules;
  }
}
