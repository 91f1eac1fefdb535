package dev.onewaydoor.analysis;

import dev.onewaydoor.analysis.MigrationContext.Status;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the rules over a {@link ChangeSet}: each dialect history is replayed into its own
 * schema model and judged release by release ({@link HistoryAnalysis}); then findings are
 * filtered through ignore comments and configured overrides, de-duplicated (a pop file shared
 * by several dialects is reported once) and sorted by position.
 */
public final class Engine {
  private final RuleSet rules;
  private final Map<String, RuleOverride> overrides;

  public Engine(List<Rule> rules, Map<String, RuleOverride> overrides) {
    this.rules = new RuleSet(rules);
    this.overrides = Map.copyOf(overrides);
  }

  public Report analyze(ChangeSet cs) {
    List<Finding> raw = new ArrayList<>();
    Reporter reporter = new Reporter(raw);
    Set<String> notes = new LinkedHashSet<>();
    Map<String, List<MigrationUnit>> base = byDialect(cs.base());
    Map<String, List<MigrationUnit>> head = byDialect(cs.head());
    Set<String> dialects = new LinkedHashSet<>(base.keySet());
    dialects.addAll(head.keySet());
    int migrations = 0;
    int statements = 0;
    for (String dialect : dialects) {
      HistoryAnalysis h = new HistoryAnalysis(rules, reporter, dialect, base.getOrDefault(dialect, List.of()),
          head.getOrDefault(dialect, List.of()), cs.hasBase());
      h.run();
      migrations += h.analysed();
      statements += h.statements();
      notes.addAll(h.notes());
    }
    migrations += removed(cs, reporter);
    if (dialects.size() > 1) notes.add("Judged as " + dialects.size() + " histories, one per dialect: " + titles(dialects) + ".");
    List<Throwable> errors = new ArrayList<>();
    for (MigrationUnit u : cs.head()) errors.addAll(u.errors());
    int unreadBase = 0;
    for (MigrationUnit u : cs.base()) unreadBase += u.errors().isEmpty() ? 0 : 1;
    if (unreadBase > 0) {
      notes.add("OneWayDoor failed to read " + unreadBase + " migration(s) of the base history (an internal error, "
          + "logged): the schema it compares against may miss what they do.");
    }
    return new Report(finish(raw, cs), migrations, statements, List.copyOf(notes), errors);
  }

  /** Migrations of the base that the head no longer has. */
  private int removed(ChangeSet cs, Reporter reporter) {
    Set<String> headIds = new HashSet<>();
    for (MigrationUnit u : cs.head()) headIds.add(u.migration().id());
    String highest = HistoryAnalysis.highestVersion(cs.base());
    int n = 0;
    for (MigrationUnit gone : cs.base()) {
      if (headIds.contains(gone.migration().id())) continue;
      n++;
      for (MigrationRule r : rules.migration()) {
        r.onMigration(new MigrationContext(r, reporter, Status.REMOVED, gone, gone, highest, rules.ids()));
      }
    }
    return n;
  }

  private static Map<String, List<MigrationUnit>> byDialect(List<MigrationUnit> units) {
    Map<String, List<MigrationUnit>> out = new LinkedHashMap<>();
    for (MigrationUnit u : units) out.computeIfAbsent(u.migration().dialect(), d -> new ArrayList<>()).add(u);
    return out;
  }

  private static String titles(Set<String> dialects) {
    List<String> t = new ArrayList<>();
    for (String d : dialects) t.add(Dialects.title(d));
    return String.join(", ", t);
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
    return new Report(all, report.migrations(), report.statements(), report.notes(), report.internalErrors());
  }

  private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file).thenComparingInt(Finding::line)
      .thenComparingInt(Finding::column).thenComparing(Finding::rule).thenComparing(Finding::message);

  private List<Finding> finish(List<Finding> raw, ChangeSet cs) {
    List<Suppression> suppressions = cs.suppressions();
    List<Finding> out = new ArrayList<>();
    Set<List<Object>> seen = new HashSet<>();
    for (Finding f : raw) {
      RuleOverride o = overrides.get(f.rule());
      if (o != null && !o.enabled()) continue;
      if (suppressions.stream().anyMatch(s -> s.covers(f.rule(), f.file(), f.line()))) continue;
      Finding g = o == null ? f : o.apply(f);
      if (seen.add(List.of(g.rule(), g.file(), g.line(), g.column(), g.message()))) out.add(g);
    }
    out.sort(ORDER);
    return out;
  }

  /** Versioned migrations by version, then repeatable ones by name, as migration tools apply them. */
  public static List<MigrationUnit> inOrder(List<MigrationUnit> units) {
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
}
