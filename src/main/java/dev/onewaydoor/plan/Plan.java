package dev.onewaydoor.plan;

import java.util.List;

/**
 * An expand–contract plan for one blocking finding: the SQL of each phase in the finding's
 * dialect, with the real names and types, each phase with the SQL that undoes it.
 *
 * @param rule the finding's rule
 * @param dialect {@code postgresql} or {@code mysql}
 * @param summary one sentence: the safe way, in the finding's names
 * @param phases expand (this release), move readers and writers, contract (a later release)
 * @param singleStep a single safe step where one exists ("add the column with a default"), else empty
 * @param unavailable why no SQL could be written (the type is unknown …), else empty
 */
public record Plan(String rule, String dialect, String summary, List<Phase> phases, String singleStep,
    String unavailable) {

  public Plan {
    phases = List.copyOf(phases);
    singleStep = singleStep == null ? "" : singleStep;
    unavailable = unavailable == null ? "" : unavailable;
  }

  /** No SQL for this finding, and why. */
  static Plan unavailable(String rule, String dialect, String why) {
    return new Plan(rule, dialect, "", List.of(), "", why);
  }

  public boolean available() {
    return unavailable.isEmpty();
  }

  /**
   * The SQL that replaces the offending statement in this release: phase 1's up script (a
   * comment saying what moved to a later phase when phase 1 changes nothing).
   */
  public String suggestion() {
    return phases.isEmpty() ? "" : phases.get(0).up();
  }

  /** The phase numbered {@code n} (1-based). */
  public Phase phase(int n) {
    return phases.get(n - 1);
  }
}
