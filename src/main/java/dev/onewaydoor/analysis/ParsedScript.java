package dev.onewaydoor.analysis;

import java.util.List;

/**
 * One up or down script after a frontend has read it: its changes in order, the suppressions
 * written in it, and how many statements it had.
 */
public record ParsedScript(String file, List<SchemaChange> changes, List<Suppression> suppressions,
    int statements) {

  /** True when the script changes nothing (comments only, or no script at all). */
  public boolean isEmpty() {
    return changes.isEmpty();
  }
}
