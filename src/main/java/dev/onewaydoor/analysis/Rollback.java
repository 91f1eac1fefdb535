package dev.onewaydoor.analysis;

import java.util.List;

/**
 * One rollback step of a release: the migrations a tool reverts together (one migration, or
 * a pop version group), what their ups do on their own, and what is left after their downs.
 *
 * @param differences the schema after up then down compared with the schema before; empty
 *     when no down ran ({@code state} is not {@link DownState#RUNS})
 * @param downFiles the down scripts that were applied, in the order they ran
 */
public record Rollback(List<MigrationUnit> units, NetEffect net, DownState state,
    List<Restoration.Difference> differences, List<String> downFiles) {

  /** Whether there is a down to run. */
  public enum DownState {
    /** At least one down with statements ran. */
    RUNS,
    /** No down script. */
    MISSING,
    /** Down scripts with no statements (comments only). */
    EMPTY,
    /** A down that says it cannot be undone: reported by irreversible-marker. */
    IRREVERSIBLE
  }

  public Rollback {
    units = List.copyOf(units);
    differences = List.copyOf(differences);
    downFiles = List.copyOf(downFiles);
  }

  /** The first statement of the first up with one, for findings about the step as a whole. */
  public Source firstUpStatement() {
    for (MigrationUnit u : units) {
      if (!u.up().changes().isEmpty()) return u.up().changes().get(0).source();
    }
    return Source.file(units.get(0).migration().file());
  }
}
