package dev.onewaydoor.verify;

import dev.onewaydoor.analysis.Subject;
import dev.onewaydoor.analysis.rules.DownFails;
import dev.onewaydoor.analysis.rules.DownLosesData;
import dev.onewaydoor.analysis.rules.UpNotRerunnable;
import dev.onewaydoor.analysis.rules.Verified;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rollback path of a release, after its ups: the downs in reverse (S2 against S0, sample
 * rows read back), then the ups again (S3 against S1).
 */
final class RoundTrip {
  private static final DownFails DOWN_FAILS = new DownFails();
  private static final DownLosesData LOSES = new DownLosesData();
  private static final UpNotRerunnable RERUN = new UpNotRerunnable();

  private final Attempt a;
  private final Outcome out;
  private final String on;
  private final String dialect;

  RoundTrip(Attempt a, Outcome out, String on, String dialect) {
    this.a = a;
    this.out = out;
    this.on = on;
    this.dialect = dialect;
  }

  void run(Snapshot s0, Snapshot s1, SampleRows samples, List<Script> ups, List<Script> downs, List<String> upFiles)
      throws OutOfBudget, SQLException {
    out.steps.start();
    Failure down = a.runner().runAll(downs);
    List<String> files = new ArrayList<>(upFiles);
    downs.forEach(d -> files.add(d.file()));
    out.supersede(files, Set.of("down-does-not-restore"));
    if (down != null) {
      out.findings.add(DOWN_FAILS.failed(down.at(), down.sqlState(), down.message(), on));
      out.steps.timed("down: fails at " + down.at().file() + ":" + down.at().line() + ": " + down.error());
      return;
    }
    Snapshot s2 = a.snapshot();
    List<Snapshot.Difference> diffs = s0.diff(s2);
    String downFiles = ReleaseRun.label(downs);
    for (Map.Entry<String, List<Snapshot.Difference>> e : byTable(diffs).entrySet()) {
      List<String> text = new ArrayList<>();
      e.getValue().forEach(d -> text.add(d.describe()));
      String column = column(e.getValue());
      Subject subject = e.getKey().isEmpty() ? Subject.NONE : column.isEmpty() ? Subject.table(dialect, e.getKey())
          : Subject.column(dialect, e.getKey(), column, null, null);
      out.findings.add(Verified.downDoesNotRestore(Culprits.of(ups, e.getKey(), column), downFiles,
          String.join("; ", text), subject, on));
    }
    out.steps.timed("down: " + downFiles + " ran; " + (diffs.isEmpty() ? "the schema is the one before the up"
        : Steps.plural(diffs.size(), "difference") + " from the schema before the up"));
    checkData(samples, s2, ups);
    out.steps.start();
    Failure again = a.runner().runAll(ups);
    if (again != null) {
      out.findings.add(RERUN.failed(again.at(), again.sqlState(), again.message(), on));
      out.steps.timed("up again: fails at " + again.at().file() + ":" + again.at().line() + ": " + again.error());
      return;
    }
    List<Snapshot.Difference> rerun = s1.diff(a.snapshot());
    if (!rerun.isEmpty()) {
      List<String> text = new ArrayList<>();
      rerun.forEach(d -> text.add(d.describe()));
      out.findings.add(RERUN.differs(Culprits.of(ups, rerun.get(0).table(), ""), String.join("; ", text), on));
    }
    out.steps.timed("up again: applied; " + (rerun.isEmpty() ? "the same schema as the first up"
        : Steps.plural(rerun.size(), "difference") + " from the first up"));
  }

  private void checkData(SampleRows samples, Snapshot s2, List<Script> ups) throws OutOfBudget {
    boolean recorded = samples.tables().values().stream().anyMatch(t -> !t.rows().isEmpty());
    if (!recorded) {
      out.steps.add("sample rows after the down: not checked (" + (samples.count() == 0 ? "none were written"
          : "this server cannot return the rows it writes") + ")");
      return;
    }
    List<DataCheck.Loss> losses = DataCheck.after(a.runner(), samples, s2);
    for (DataCheck.Loss l : losses) {
      Subject subject = l.column().isEmpty() ? Subject.table(dialect, l.table())
          : Subject.column(dialect, l.table(), l.column(), null, null);
      out.findings.add(LOSES.lost(Culprits.of(ups, l.table(), l.column()), l.what(), subject, on));
    }
    out.steps.add("sample rows after the down: " + (losses.isEmpty() ? "all " + samples.count() + " came back as written"
        : Steps.plural(losses.size(), "loss") + " (" + losses.get(0).what() + (losses.size() > 1 ? ", …" : "") + ")"));
  }

  /** Differences grouped by the table they belong to ("" for views, functions, types …). */
  private static Map<String, List<Snapshot.Difference>> byTable(List<Snapshot.Difference> diffs) {
    Map<String, List<Snapshot.Difference>> out = new LinkedHashMap<>();
    for (Snapshot.Difference d : diffs) out.computeIfAbsent(d.table(), k -> new ArrayList<>()).add(d);
    return out;
  }

  /** The column when all differences are about one column, else empty. */
  private static String column(List<Snapshot.Difference> diffs) {
    String col = null;
    for (Snapshot.Difference d : diffs) {
      if (!d.object().startsWith("column ")) return "";
      String c = d.object().substring(d.object().lastIndexOf('.') + 1);
      if (col != null && !col.equals(c)) return "";
      col = c;
    }
    return col == null ? "" : col;
  }
}
