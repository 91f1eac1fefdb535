package dev.onewaydoor.verify;

import dev.onewaydoor.analysis.Finding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the verification of one dialect history has found so far: findings, superseded rules, steps. */
final class Outcome {
  final List<Finding> findings = new ArrayList<>();
  final Map<String, Set<String>> superseded = new LinkedHashMap<>();
  final Steps steps = new Steps();

  /** The static findings of {@code rules} in {@code files} are replaced: the step that observes them ran. */
  void supersede(Collection<String> files, Collection<String> rules) {
    for (String f : files) superseded.computeIfAbsent(f, k -> new LinkedHashSet<>()).addAll(rules);
  }
}
