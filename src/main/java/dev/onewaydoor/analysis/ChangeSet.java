package dev.onewaydoor.analysis;

import java.util.List;

/**
 * What the engine analyses: the migrations at the base (the deployed history) and at the
 * head. Without a base ({@code hasBase} false) every head migration counts as new.
 */
public record ChangeSet(List<MigrationUnit> base, List<MigrationUnit> head, boolean hasBase) {

  public static ChangeSet allNew(List<MigrationUnit> head) {
    return new ChangeSet(List.of(), head, false);
  }
}
