package dev.onewaydoor.analysis;

import dev.onewaydoor.analysis.MigrationContext.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One dialect history: replays the base into a schema model, cuts the new migrations into
 * releases (the whole change in git mode; each migration or pop version group in path mode),
 * judges each release ({@link ReleaseAnalysis}) and runs the migration rules.
 */
final class HistoryAnalysis {
  private final RuleSet rules;
  private final Reporter reporter;
  private final String dialect;
  private final List<MigrationUnit> base;
  private final List<MigrationUnit> head;
  private final boolean hasBase;
  private final Set<String> notes = new LinkedHashSet<>();
  private int analysed;
  private int statements;

  HistoryAnalysis(RuleSet rules, Reporter reporter, String dialect, List<MigrationUnit> base,
      List<MigrationUnit> head, boolean hasBase) {
    this.rules = rules;
    this.reporter = reporter;
    this.dialect = dialect;
    String baseline = baselineVersion(base, head);
    this.base = Engine.inOrder(current(base, baseline));
    this.head = Engine.inOrder(current(head, baseline));
    this.hasBase = hasBase;
  }

  void run() {
    SchemaModel model = new SchemaModel();
    for (MigrationUnit u : base) {
      u.up().changes().forEach(model::apply);
      statements += u.up().statements();
    }
    Map<String, MigrationUnit> baseById = new HashMap<>();
    for (MigrationUnit u : base) baseById.put(u.migration().id(), u);
    List<MigrationUnit> all = new ArrayList<>(base);
    all.addAll(head);
    DownPolicy policy = DownPolicy.of(all);
    explain(policy);

    List<MigrationUnit> added = new ArrayList<>();
    String highest = highestVersion(base);
    for (MigrationUnit u : head) {
      MigrationUnit before = baseById.get(u.migration().id());
      Status status = before == null ? Status.ADDED : unchanged(before, u) ? null : Status.MODIFIED;
      if (status == null) continue;
      analysed++;
      if (status == Status.ADDED) {
        added.add(u);
        statements += u.up().statements();
      }
      for (MigrationRule r : rules.migration()) {
        r.onMigration(new MigrationContext(r, reporter, status, u, before, highest, rules.ids()));
      }
    }
    for (List<MigrationUnit> release : releases(added)) {
      new ReleaseAnalysis(rules, reporter, dialect, policy).run(model, release);
    }
  }

  /** In git mode the change is one release; in path mode each rollback step is its own. */
  private List<List<MigrationUnit>> releases(List<MigrationUnit> added) {
    if (hasBase) return added.isEmpty() ? List.of() : List.of(added);
    return ReleaseAnalysis.steps(added);
  }

  /**
   * Flyway and Liquibase refuse to start when an applied file changes in any byte (line
   * endings aside); other tools only miss the edit, so whitespace-only edits are no change.
   */
  private static boolean unchanged(MigrationUnit before, MigrationUnit after) {
    if (before.normalizedUp().equals(after.normalizedUp())) return true;
    if (after.migration().checksummed()) return false;
    return collapse(before.normalizedUp()).equals(collapse(after.normalizedUp()));
  }

  /** The text without whitespace that does not separate two words: a reformatted file reads the same. */
  private static String collapse(String s) {
    return PUNCTUATION_SPACE.matcher(s.replaceAll("\\s+", " ")).replaceAll("$1").strip();
  }

  private static final java.util.regex.Pattern PUNCTUATION_SPACE = java.util.regex.Pattern.compile("\\s*([^\\w\\s])\\s*");

  private void explain(DownPolicy policy) {
    String title = Dialects.title(dialect);
    if (policy.neverWritten()) {
      notes.add("The " + title + " history has no down migrations: it rolls forward, so missing downs are not reported.");
    } else if (policy.emptyByPolicy()) {
      notes.add("The " + title + " history's down migrations are empty by policy (" + policy.withStatements() + " of "
          + policy.written() + " do something): missing or empty downs are not reported.");
    }
    if (Dialects.typeless(dialect)) {
      notes.add("SQLite stores any value in any column: type-change checks do not apply to the SQLite history.");
    } else if (Dialects.H2.equals(dialect)) {
      notes.add("H2 gets the generic checks; PostgreSQL's locking checks (CONCURRENTLY, NOT VALID) do not apply.");
    }
  }

  int analysed() {
    return analysed;
  }

  int statements() {
    return statements;
  }

  Set<String> notes() {
    return notes;
  }

  /** The highest Flyway baseline version, or null. */
  private static String baselineVersion(List<MigrationUnit> base, List<MigrationUnit> head) {
    String max = null;
    for (List<MigrationUnit> list : List.of(base, head)) {
      for (MigrationUnit u : list) {
        String v = u.migration().version();
        if (u.migration().baseline() && (max == null || Versions.compare(v, max) > 0)) max = v;
      }
    }
    return max;
  }

  /** Without the versioned migrations a baseline replaces: a new database never runs them. */
  private static List<MigrationUnit> current(List<MigrationUnit> units, String baseline) {
    if (baseline == null) return units;
    List<MigrationUnit> out = new ArrayList<>();
    for (MigrationUnit u : units) {
      Migration m = u.migration();
      boolean superseded = !m.baseline() && !m.repeatable() && Versions.compare(m.version(), baseline) <= 0;
      if (!superseded) out.add(u);
    }
    return out;
  }

  static String highestVersion(List<MigrationUnit> units) {
    String max = null;
    for (MigrationUnit u : units) {
      Migration m = u.migration();
      if (m.repeatable() || !m.ordered()) continue;
      if (max == null || Versions.compare(m.version(), max) > 0) max = m.version();
    }
    return max;
  }
}
