package dev.onewaydoor.report;

import dev.onewaydoor.analysis.Finding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What verification on a real database established for one dialect history.
 *
 * @param dialect {@code postgresql} or {@code mysql}
 * @param superseded by migration file: the static rules whose findings in that file the
 *     verification replaces, for the steps that ran to the end (the previous-release probes,
 *     the downs)
 * @param findings the verified findings and notes
 * @param summary what was run, on what, how long it took: a bold first line, then a Markdown list
 */
public record VerifiedHistory(String dialect, Map<String, Set<String>> superseded, List<Finding> findings,
    String summary) {

  public VerifiedHistory {
    Map<String, Set<String>> copy = new LinkedHashMap<>();
    superseded.forEach((file, rules) -> copy.put(file, Set.copyOf(rules)));
    superseded = Map.copyOf(copy);
    findings = List.copyOf(findings);
  }

  public boolean supersedes(Finding f) {
    return !f.verified() && superseded.getOrDefault(f.file(), Set.of()).contains(f.rule());
  }
}
