package dev.onewaydoor.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The registered rules sorted by kind, with change rules indexed by the change type they read. */
final class RuleSet {
  private final Map<Class<?>, List<ChangeRule<?>>> byChangeType = new HashMap<>();
  private final List<ReleaseRule> release = new ArrayList<>();
  private final List<MigrationRule> migration = new ArrayList<>();
  private final Set<String> ids = new LinkedHashSet<>();

  RuleSet(List<Rule> all) {
    for (Rule r : all) {
      ids.add(r.id());
      if (r instanceof ChangeRule<?> c) byChangeType.computeIfAbsent(c.changeType(), t -> new ArrayList<>()).add(c);
      else if (r instanceof ReleaseRule x) release.add(x);
      else if (r instanceof MigrationRule m) migration.add(m);
    }
  }

  List<ChangeRule<?>> forChange(SchemaChange change) {
    return byChangeType.getOrDefault(change.getClass(), List.of());
  }

  List<ChangeRule<?>> change() {
    List<ChangeRule<?>> all = new ArrayList<>();
    byChangeType.values().forEach(all::addAll);
    return all;
  }

  List<ReleaseRule> release() {
    return release;
  }

  List<MigrationRule> migration() {
    return migration;
  }

  Set<String> ids() {
    return ids;
  }
}
