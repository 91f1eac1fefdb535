package dev.onewaydoor.verify;

import dev.onewaydoor.analysis.MigrationUnit;
import dev.onewaydoor.analysis.Subject;
import dev.onewaydoor.analysis.rules.PreviousReleaseBreaks;
import dev.onewaydoor.analysis.rules.UpFails;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Verifies one release (the migrations a change adds) on fresh copies of its base: S0 and sample
 * rows, the ups (S1), the previous-release probes, the downs in reverse (S2, compared with S0,
 * sample rows read back), the ups again (S3, compared with S1). An up that fails only because
 * the tables have rows is tried again on empty tables, so the steps after it still run.
 */
final class ReleaseRun {
  /** Static rules the probes observe directly: their findings are replaced once the probes ran. */
  static final Set<String> PROBED = Set.of("rename-table", "rename-column", "add-required-column", "set-not-null",
      "drop-default");
  private static final UpFails UP_FAILS = new UpFails();
  private static final PreviousReleaseBreaks BREAKS = new PreviousReleaseBreaks();

  private final Attempt.Factory attempts;
  private final Outcome out;
  private final String on;
  private final String dialect;

  ReleaseRun(Attempt.Factory attempts, Outcome out, String on, String dialect) {
    this.attempts = attempts;
    this.out = out;
    this.on = on;
    this.dialect = dialect;
  }

  void run(List<MigrationUnit> units) throws SQLException, OutOfBudget, BaseFails {
    List<Script> ups = new ArrayList<>();
    for (MigrationUnit u : units) ups.add(Script.up(u, dialect));
    List<Script> downs = Downs.of(units, dialect);
    Set<String> names = new LinkedHashSet<>();
    List<String> upFiles = new ArrayList<>();
    for (Script s : ups) {
      upFiles.add(s.file());
      s.steps().forEach(st -> names.addAll(st.names()));
    }
    if (downs != null) downs.forEach(s -> s.steps().forEach(st -> names.addAll(st.names())));
    Attempt a = attempts.open();
    try {
      out.steps.start();
      Snapshot s0 = a.snapshot();
      Set<String> touched = new LinkedHashSet<>();
      for (Snapshot.Table t : s0.tables().values()) {
        if (names.contains(Culprits.simple(t.name())) && !Bookkeeping.isToolTable(t.name())) touched.add(t.name());
      }
      SampleRows samples = SampleRows.insert(a.runner(), s0, touched);
      Probes probes = Probes.plan(a.runner().dialect(), s0, samples, names);
      probes.baseline(a.runner());
      long tables = s0.tables().keySet().stream().filter(t -> !Bookkeeping.isToolTable(t)).count();
      out.steps.timed("before: " + Steps.plural((int) tables, "table") + ", " + (samples.count() == 0
          ? "no sample rows" : samples.describe()) + ", " + probes.valid() + " previous-release probes work");
      samples.notes().forEach(n -> out.steps.add("sample rows: " + n));
      Failure up = a.runner().runAll(ups);
      if (up != null && samples.count() > 0) {
        String rows = samples.describe();
        a.close();
        a = attempts.open();
        samples = SampleRows.insert(a.runner(), s0, Set.of());
        probes = Probes.plan(a.runner().dialect(), s0, samples, names);
        probes.baseline(a.runner());
        Failure empty = a.runner().runAll(ups);
        if (empty != null) {
          upFailed(empty);
          return;
        }
        out.findings.add(UP_FAILS.failedWithRows(up.at(), up.sqlState(), up.message(), rows, on));
        out.steps.timed("up: fails at " + where(up) + " (" + up.sqlState() + ") once tables have rows; passes on empty"
            + " tables, where the next steps ran");
      } else if (up != null) {
        upFailed(up);
        return;
      } else {
        out.steps.timed("up: " + label(ups) + " applied");
      }
      Snapshot s1 = a.snapshot();
      probe(a, probes, ups, upFiles);
      if (downs == null) {
        out.steps.add("down: not run: " + Downs.whyNot(units, dialect));
        return;
      }
      new RoundTrip(a, out, on, dialect).run(s0, s1, samples, ups, downs, upFiles);
    } finally {
      a.close();
    }
  }

  private void upFailed(Failure f) {
    out.findings.add(UP_FAILS.failed(f.at(), f.sqlState(), f.message(), on));
    out.steps.timed("up: fails at " + where(f) + ": " + f.error() + "; the later steps did not run");
  }

  private void probe(Attempt a, Probes probes, List<Script> ups, List<String> upFiles) throws OutOfBudget {
    out.steps.start();
    List<Probes.Broken> broken = probes.after(a.runner());
    for (Probes.Broken b : broken) {
      Probes.Probe p = b.probe();
      String column = p.kind().equals("insert") || p.columns().size() != 1 ? "" : p.columns().get(0).name();
      Subject subject = column.isEmpty() ? Subject.table(dialect, p.table().name())
          : Subject.column(dialect, p.table().name(), column, null, null);
      out.findings.add(BREAKS.broken(Culprits.of(ups, p.table().name(), column, b.failure().message()), p.shown(), b.failure().sqlState(),
          b.failure().message(), subject, on));
    }
    out.supersede(upFiles, PROBED);
    out.steps.timed("previous-release probes after the up: " + (broken.isEmpty() ? "all " + probes.valid() + " work"
        : broken.size() + " fail"));
  }

  private static String where(Failure f) {
    return f.at().file() + ":" + f.at().line();
  }

  static String label(List<Script> scripts) {
    if (scripts.size() == 1) return scripts.get(0).file();
    return scripts.size() + " migrations (" + scripts.get(0).file() + " … " + scripts.get(scripts.size() - 1).file() + ")";
  }

  static <T> List<T> reversed(List<T> list) {
    List<T> r = new ArrayList<>(list);
    Collections.reverse(r);
    return r;
  }
}
