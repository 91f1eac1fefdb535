package dev.onewaydoor.analysis;

import dev.onewaydoor.analysis.MigrationContext.Status;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the rules over a {@link ChangeSet}: replays the base history into a schema model,
 * walks the new migrations in version order change by change, then filters findings through
 * ignore comments and configured overrides, and sorts them by position.
 */
public final class Engine {
  private final List<Rule> rules;
  private final Map<String, RuleOverride> overrides;
  private final Set<String> knownRules = new LinkedHashSet<>();

  public Engine(List<Rule> rules, Map<String, RuleOverride> overrides) {
    this.rules = List.copyOf(rules);
    this.overrides = Map.copyOf(overrides);
    for (Rule r : rules) knownRules.add(r.id());
  }

  public Report analyze(ChangeSet cs) {
    List<Finding> raw = new ArrayList<>();
    Reporter reporter = new Reporter(raw);
    SchemaModel schema = new SchemaModel();
    int statements = 0;
    for (MigrationUnit u : inOrder(cs.base())) {
      u.up().changes().forEach(schema::apply);
      statements += u.up().statements();
    }
    Map<String, MigrationUnit> baseById = new HashMap<>();
    for (MigrationUnit u : cs.base()) baseById.put(u.migration().id(), u);
    String highest = highestVersion(cs.base());

    Set<String> created = new HashSet<>();
    List<ChangeContext> contexts = new ArrayList<>(rules.size());
    Map<Class<?>, List<Integer>> byType = new HashMap<>();
    for (int i = 0; i < rules.size(); i++) {
      contexts.add(new ChangeContext(rules.get(i), reporter, schema, created));
      for (Class<?> type : rules.get(i).changeTypes()) byType.computeIfAbsent(type, t -> new ArrayList<>()).add(i);
    }
    Set<String> headIds = new HashSet<>();
    int analysed = 0;
    for (MigrationUnit u : inOrder(cs.head())) {
      headIds.add(u.migration().id());
      MigrationUnit before = baseById.get(u.migration().id());
      Status status = before == null ? Status.ADDED
          : before.normalizedUp().equals(u.normalizedUp()) ? null : Status.MODIFIED;
      if (status == null) continue;
      analysed++;
      if (!cs.hasBase()) {
        // Without a base, each migration file is taken as its own release: a table created
        // by an earlier file may already be in use.
        created.clear();
      }
      if (status == Status.ADDED) {
        statements += u.up().statements();
        for (ChangeContext ctx : contexts) ctx.enter(u.migration());
        for (SchemaChange change : u.up().changes()) {
          for (int i : byType.getOrDefault(change.getClass(), List.of())) rules.get(i).onChange(change, contexts.get(i));
          if (change instanceof SchemaChange.CreateTable ct) created.add(ct.table());
          if (change instanceof SchemaChange.RenameTable rt && created.contains(rt.from())) created.add(rt.to());
          schema.apply(change);
        }
      }
      for (Rule r : rules) {
        r.onMigration(new MigrationContext(r, reporter, status, u, before, highest, knownRules));
      }
    }
    for (MigrationUnit gone : cs.base()) {
      if (headIds.contains(gone.migration().id())) continue;
      analysed++;
      for (Rule r : rules) {
        r.onMigration(new MigrationContext(r, reporter, Status.REMOVED, gone, gone, highest, knownRules));
      }
    }
    return new Report(finish(raw, cs), analysed, statements);
  }

  /**
   * Adds findings judged after the analysis (from code-scan data: {@code head-references-removed})
   * to {@code report}, through the same ignore comments and configured overrides, in order.
   */
  public Report admit(Report report, List<Finding> later, ChangeSet cs) {
    if (later.isEmpty()) return report;
    List<Finding> all = new ArrayList<>(report.findings());
    all.addAll(finish(later, cs));
    all.sort(ORDER);
    return new Report(all, report.migrations(), report.statements());
  }

  private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file).thenComparingInt(Finding::line)
      .thenComparingInt(Finding::column).thenComparing(Finding::rule);

  private List<Finding> finish(List<Finding> raw, ChangeSet cs) {
    List<Suppression> suppressions = new ArrayList<>();
    for (MigrationUnit u : cs.head()) {
      suppressions.addAll(u.up().suppressions());
      if (u.down() != null) suppressions.addAll(u.down().suppressions());
    }
    List<Finding> out = new ArrayList<>();
    Set<Finding> seen = new HashSet<>();
    for (Finding f : raw) {
      RuleOverride o = overrides.get(f.rule());
      if (o != null && !o.enabled()) continue;
      if (suppressions.stream().anyMatch(s -> s.covers(f.rule(), f.file(), f.line()))) continue;
      Finding g = o == null ? f : o.apply(f);
      if (seen.add(g)) out.add(g);
    }
    out.sort(ORDER);
    return out;
  }

  /** Versioned migrations by version, then repeatable ones by name, as migration tools apply them. */
  static List<MigrationUnit> inOrder(List<MigrationUnit> units) {
    record Keyed(MigrationUnit unit, String[] version) {}
    List<Keyed> keyed = new ArrayList<>(units.size());
    for (MigrationUnit u : units) keyed.add(new Keyed(u, Versions.parts(u.migration().version())));
    keyed.sort((a, b) -> {
      Migration x = a.unit().migration();
      Migration y = b.unit().migration();
      if (x.repeatable() != y.repeatable()) return x.repeatable() ? 1 : -1;
      int c = Versions.compareParts(a.version(), b.version());
      return c != 0 ? c : x.id().compareTo(y.id());
    });
    List<MigrationUnit> sorted = new ArrayList<>(keyed.size());
    for (Keyed k : keyed) sorted.add(k.unit());
    return sorted;
  }

  private static String highestVersion(List<MigrationUnit> base) {
    String max = null;
    for (MigrationUnit u : base) {
      Migration m = u.migration();
      if (m.repeatable() || !m.ordered()) continue;
      if (max == null || Versions.compare(m.version(), max) > 0) max = m.version();
    }
    return max;
  }
}
