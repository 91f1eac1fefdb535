package dev.onewaydoor.plan;

import dev.onewaydoor.analysis.CodeUse;
import java.util.List;

/**
 * One phase of a plan.
 *
 * @param number 1 expand, 2 move readers and writers, 3 contract
 * @param title what the phase does, in a few words
 * @param when which release runs it ("this release", "a later release …")
 * @param up the SQL to run (comments only when the phase changes no schema)
 * @param down the SQL that undoes {@code up}; says so in a comment where data cannot come back
 * @param check a query that must return 0 before the phase runs, or empty
 * @param checklist code to change in this phase: the references found (phase 2)
 */
public record Phase(int number, String title, String when, String up, String down, String check,
    List<CodeUse> checklist) {

  public Phase {
    check = check == null ? "" : check;
    checklist = List.copyOf(checklist);
  }

  /** True when {@code up} changes the schema (it is more than comments). */
  public boolean changesSchema() {
    for (String line : up.split("\n")) {
      String s = line.strip();
      if (!s.isEmpty() && !s.startsWith("--")) return true;
    }
    return false;
  }
}
