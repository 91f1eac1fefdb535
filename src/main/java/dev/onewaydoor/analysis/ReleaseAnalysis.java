package dev.onewaydoor.analysis;

import dev.onewaydoor.analysis.Rollback.DownState;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges one release: replays its ups statement by statement (for the change rules), step by
 * step (for each rollback step: what its ups do, and what is left after its downs), then
 * hands the net effect of the whole release to the release rules.
 */
final class ReleaseAnalysis {
  private final RuleSet rules;
  private final Reporter reporter;
  private final String dialect;
  private final DownPolicy policy;

  ReleaseAnalysis(RuleSet rules, Reporter reporter, String dialect, DownPolicy policy) {
    this.rules = rules;
    this.reporter = reporter;
    this.dialect = dialect;
    this.policy = policy;
  }

  /** Cuts migrations (in order) into rollback steps: consecutive migrations of one group. */
  static List<List<MigrationUnit>> steps(List<MigrationUnit> units) {
    List<List<MigrationUnit>> out = new ArrayList<>();
    List<MigrationUnit> current = new ArrayList<>();
    for (MigrationUnit u : units) {
      if (!current.isEmpty() && !current.get(0).migration().group().equals(u.migration().group())) {
        out.add(current);
        current = new ArrayList<>();
      }
      current.add(u);
    }
    if (!current.isEmpty()) out.add(current);
    return out;
  }

  /** Applies {@code units} to {@code model} (which moves on to the schema after the release). */
  void run(SchemaModel model, List<MigrationUnit> units) {
    SchemaModel before = model.copy();
    Journal journal = new Journal();
    Map<ChangeRule<?>, ChangeContext> contexts = new IdentityHashMap<>();
    for (ChangeRule<?> r : rules.change()) contexts.put(r, new ChangeContext(r, reporter, dialect, model, journal));
    List<Rollback> rollbacks = new ArrayList<>();
    List<List<MigrationUnit>> steps = steps(units);
    for (List<MigrationUnit> step : steps) {
      SchemaModel stepBefore = steps.size() == 1 ? before : model.copy();
      Journal stepJournal = new Journal();
      model.record(stepBefore == before ? List.of(before) : List.of(before, stepBefore),
          List.of(journal, stepJournal));
      for (MigrationUnit u : step) {
        for (ChangeContext ctx : contexts.values()) ctx.enter(u.migration());
        for (SchemaChange change : u.up().changes()) {
          for (ChangeRule<?> r : rules.forChange(change)) r.dispatch(change, contexts.get(r));
          model.apply(change);
        }
      }
      model.record(List.of(), List.of());
      rollbacks.add(rollback(step, stepBefore, model, stepJournal));
    }
    Release release = new Release(dialect, units, NetEffect.between(before, model, journal), rollbacks, policy);
    for (ReleaseRule r : rules.release()) r.onRelease(new ReleaseContext(r, reporter, release));
  }

  /** Runs the step's downs, last migration first, on a copy of the schema after its ups. */
  private Rollback rollback(List<MigrationUnit> step, SchemaModel stepBefore, SchemaModel afterUp, Journal journal) {
    NetEffect net = NetEffect.between(stepBefore, afterUp, journal);
    DownState state = state(step);
    if (state != DownState.RUNS) return new Rollback(step, net, state, List.of(), List.of());
    SchemaModel afterDown = afterUp.copy();
    List<String> files = new ArrayList<>();
    for (int i = step.size() - 1; i >= 0; i--) {
      MigrationUnit u = step.get(i);
      if (u.down() == null) continue;
      files.add(u.downFile());
      u.down().changes().forEach(afterDown::apply);
    }
    return new Rollback(step, net, state, Restoration.compare(stepBefore, afterDown, dialect), files);
  }

  private static DownState state(List<MigrationUnit> step) {
    boolean anyDown = false;
    boolean anyStatements = false;
    for (MigrationUnit u : step) {
      if (!u.hasDown()) continue;
      anyDown = true;
      if (u.down().refusesToRun()) return DownState.IRREVERSIBLE;
      anyStatements |= u.down().statements() > 0;
    }
    return !anyDown ? DownState.MISSING : anyStatements ? DownState.RUNS : DownState.EMPTY;
  }
}
