package dev.onewaydoor.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * What the engine analyses: the migrations at the base (the deployed history) and at the
 * head. Without a base ({@code hasBase} false) every head migration counts as new.
 */
public record ChangeSet(List<MigrationUnit> base, List<MigrationUnit> head, boolean hasBase) {

  public static ChangeSet allNew(List<MigrationUnit> head) {
    return new ChangeSet(List.of(), head, false);
  }

  /**
   * The ignore comments of the head's up and down scripts: they cover every finding on the
   * change, judged statically or observed on a database.
   */
  public List<Suppression> suppressions() {
    List<Suppression> out = new ArrayList<>();
    for (MigrationUnit u : head) {
      out.addAll(u.up().suppressions());
      if (u.down() != null) out.addAll(u.down().suppressions());
    }
    return out;
  }
}
