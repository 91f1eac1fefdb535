package dev.onewaydoor.analysis;

import java.util.List;

/**
 * The result of one analysis: findings in file and line order, how much was read, and notes
 * said once for the whole run (a history without downs, the dialect assumed for files that
 * do not say) instead of once per file.
 *
 * @param migrations migrations analysed as new, edited or deleted
 * @param statements statements read, history included
 * @param internalErrors OneWayDoor's own failures while reading migrations, for the log
 */
public record Report(List<Finding> findings, int migrations, int statements, List<String> notes,
    List<Throwable> internalErrors) {
  public Report {
    findings = List.copyOf(findings);
    notes = List.copyOf(notes);
    internalErrors = List.copyOf(internalErrors);
  }

  public Report(List<Finding> findings, int migrations, int statements) {
    this(findings, migrations, statements, List.of(), List.of());
  }

  public long blockingCount() {
    return findings.stream().filter(Finding::blocking).count();
  }

  public boolean hasBlocking() {
    return findings.stream().anyMatch(Finding::blocking);
  }

  /** A copy with more notes, for what the layers around the engine learnt (dialect guesses). */
  public Report withNotes(List<String> more) {
    if (more.isEmpty()) return this;
    List<String> all = new java.util.ArrayList<>(more);
    all.addAll(notes);
    return new Report(findings, migrations, statements, all, internalErrors);
  }
}
