package dev.onewaydoor.analysis;

import java.util.List;

/**
 * One up or down script after a frontend has read it: its changes in order, the suppressions
 * written in it, how many statements it had, and the errors OneWayDoor itself hit reading it
 * (bugs of ours: the file counts as not analysed, never as clean).
 *
 * @param refusesToRun the script says it cannot be run: a comment calls it irreversible, or it
 *     raises an error on purpose ({@code RAISE EXCEPTION} in a DO block, MySQL {@code SIGNAL})
 */
public record ParsedScript(String file, List<SchemaChange> changes, List<Suppression> suppressions,
    int statements, List<Throwable> errors, boolean refusesToRun) {

  public ParsedScript {
    changes = List.copyOf(changes);
    suppressions = List.copyOf(suppressions);
    errors = List.copyOf(errors);
  }

  public ParsedScript(String file, List<SchemaChange> changes, List<Suppression> suppressions, int statements) {
    this(file, changes, suppressions, statements, List.of(), false);
  }

  public ParsedScript(String file, List<SchemaChange> changes, List<Suppression> suppressions, int statements,
      List<Throwable> errors) {
    this(file, changes, suppressions, statements, errors, false);
  }

  /** True when the script changes nothing (comments only, or no script at all). */
  public boolean isEmpty() {
    return changes.isEmpty();
  }
}
