package dev.onewaydoor.verify;

import dev.onewaydoor.analysis.MigrationUnit;
import dev.onewaydoor.analysis.Source;
import dev.onewaydoor.analysis.rules.VerifySkipped;
import dev.onewaydoor.config.VerifyConfig;
import dev.onewaydoor.report.VerifiedHistory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Verifies one dialect history on one server: its base (from the template cache when the
 * server can copy databases, else replayed into each fresh database), then each release. When
 * the budget runs out, the base does not apply or the database fails, it stops with a
 * {@code verify-skipped} note, and the static findings of the steps that did not run stand.
 */
final class HistoryRun {
  private static final VerifySkipped SKIPPED = new VerifySkipped();

  private final Server server;
  private final Templates templates;
  private final Budget budget;
  private final VerifyConfig limits;

  HistoryRun(Server server, Templates templates, Budget budget, VerifyConfig limits) {
    this.server = server;
    this.templates = templates;
    this.budget = budget;
    this.limits = limits;
  }

  /** {@code started}: how the server was started for this run, if it was ("started in 1.2 s"). */
  VerifiedHistory run(String dialect, List<MigrationUnit> base, List<List<MigrationUnit>> releases, String started) {
    Outcome out = new Outcome();
    if (!started.isEmpty()) out.steps.add("server: " + started + ", before the steps below");
    long began = System.nanoTime();
    List<MigrationUnit> applied = new ArrayList<>(base);
    String stop = null;
    Scratch builder = null;
    try {
      for (int i = 0; i < releases.size(); i++) {
        List<MigrationUnit> release = releases.get(i);
        Attempt.Factory fresh;
        if (!server.copies()) {
          fresh = replay(List.copyOf(applied), all(base, releases), out, i == 0);
        } else if (releases.size() == 1) {
          Scratch template = template(dialect, applied, all(base, releases), out);
          fresh = () -> Attempt.open(server.copy(template), server.dialect(), budget, limits);
        } else {
          // Each migration is a release on the ones before it: one database grows with the
          // history, and each release runs on copies of it.
          if (builder == null) builder = build(applied, all(base, releases));
          Scratch from = builder;
          fresh = () -> Attempt.open(server.copy(from), server.dialect(), budget, limits);
        }
        if (releases.size() > 1) out.steps.add("**release " + release.get(0).migration().file() + "**");
        int before = out.findings.size();
        new ReleaseRun(fresh, out, server.product(), dialect).run(release);
        if (i + 1 < releases.size() && out.findings.subList(before, out.findings.size()).stream()
            .anyMatch(f -> f.rule().equals("up-fails") && !f.message().contains("passes on empty tables"))) {
          out.steps.add("the later migrations were not verified: this one does not apply");
          break;
        }
        applied.addAll(release);
        if (builder != null && i + 1 < releases.size()) apply(builder, release);
      }
    } catch (OutOfBudget e) {
      stop = "budget";
      // Probes and sample rows are ours, not a file of the change: point at the change instead.
      boolean ours = e.at().file().startsWith("(");
      Source at = ours ? Culprits.first(firstUps(releases)) : e.at();
      String what = ours ? "the " + e.at().file().replaceAll("[()]", "") + " step was running" : "this statement was running";
      out.findings.add(SKIPPED.skipped(at, "not verified: the budget of " + Budget.seconds(budget.total())
          + " ran out while " + what + "; it was cut off"));
      out.steps.add("stopped: the budget of " + Budget.seconds(budget.total()) + " ran out at " + e.at().file() + ":"
          + e.at().line());
    } catch (BaseFails e) {
      stop = "the base history does not apply";
      Failure f = e.failure();
      out.findings.add(SKIPPED.skipped(f.at(), "not verified: the history before the change does not apply on "
          + server.product() + " (" + server.where() + "): this statement fails with " + f.error()));
      out.steps.add("stopped: the base fails at " + f.at().file() + ":" + f.at().line() + ": " + f.error());
    } catch (SQLException e) {
      stop = "the database failed";
      out.findings.add(SKIPPED.skipped(Culprits.first(firstUps(releases)), "not verified: " + server.product()
          + " failed: " + server.dialect().message(e)));
      out.steps.add("stopped: the database failed: " + server.dialect().message(e));
    } finally {
      if (builder != null) builder.close();
    }
    String head = (stop == null ? "**Verified on " : "**Not verified (" + stop + ") on ") + server.product() + "** ("
        + server.where() + "), " + Steps.elapsed(began) + " of a " + Budget.seconds(budget.total()) + " budget";
    StringBuilder summary = new StringBuilder(head);
    for (String line : out.steps.lines()) summary.append("\n- ").append(line);
    return new VerifiedHistory(dialect, out.superseded, out.findings, summary.toString());
  }

  /** A database of this run holding {@code history}, to be copied and to grow. */
  private Scratch build(List<MigrationUnit> history, List<MigrationUnit> tools) throws SQLException, OutOfBudget, BaseFails {
    Scratch s = server.create();
    try {
      Failure f = applyUps(s, Bookkeeping.script(tools, server.dialect()), history);
      if (f != null) throw new BaseFails(f);
      return s;
    } catch (SQLException | OutOfBudget | BaseFails | RuntimeException e) {
      s.close();
      throw e;
    }
  }

  private void apply(Scratch s, List<MigrationUnit> units) throws SQLException, OutOfBudget, BaseFails {
    Failure f = applyUps(s, null, units);
    if (f != null) throw new BaseFails(f);
  }

  /** Runs {@code first} (may be null), then the ups of {@code units}, in {@code s}. */
  private Failure applyUps(Scratch s, Script first, List<MigrationUnit> units) throws SQLException, OutOfBudget {
    List<Script> scripts = new ArrayList<>();
    if (first != null) scripts.add(first);
    for (MigrationUnit u : units) scripts.add(Script.up(u, server.dialect().id()));
    try (Connection c = s.connect()) {
      return new Runner(c, server.dialect(), budget, limits).runAll(scripts);
    }
  }

  /** The cached template holding {@code history}, built on first need. */
  private Scratch template(String dialect, List<MigrationUnit> history, List<MigrationUnit> tools, Outcome out)
      throws SQLException, OutOfBudget, BaseFails {
    out.steps.start();
    Script bookkeeping = Bookkeeping.script(tools, server.dialect());
    StringBuilder tables = new StringBuilder();
    bookkeeping.steps().forEach(st -> tables.append(st.sql()).append(';'));
    Templates.Lookup hit = templates.get(Templates.key(dialect, history) + "/" + tables.toString().hashCode(), () -> {
      Scratch s = server.create();
      try {
        Failure f = applyUps(s, bookkeeping, history);
        if (f != null) {
          s.close();
          return new Templates.Entry(null, f);
        }
        server.freeze(s);
        return new Templates.Entry(s, null);
      } catch (SQLException | OutOfBudget | RuntimeException e) {
        s.close();
        throw e;
      }
    });
    if (hit.entry().failure() != null) throw new BaseFails(hit.entry().failure());
    String n = Steps.plural(history.size(), "migration");
    if (hit.cached()) out.steps.add("base: " + n + ", copied from the template cached for this base");
    else out.steps.timed("base: " + n + " applied, kept as a template for the next change on this base");
    return hit.entry().template();
  }

  /** For servers that cannot copy: each fresh database gets the history replayed. */
  private Attempt.Factory replay(List<MigrationUnit> history, List<MigrationUnit> tools, Outcome out, boolean log) {
    boolean[] logged = {!log};
    // Split once: every try replays the same scripts.
    List<Script> scripts = new ArrayList<>(List.of(Bookkeeping.script(tools, server.dialect())));
    for (MigrationUnit u : history) scripts.add(Script.up(u, server.dialect().id()));
    return () -> {
      long t = System.nanoTime();
      Attempt a = Attempt.open(server.create(), server.dialect(), budget, limits);
      Failure f = a.runner().runAll(scripts);
      if (f != null) {
        a.close();
        throw new BaseFails(f);
      }
      if (!logged[0]) {
        logged[0] = true;
        out.steps.add("base: " + Steps.plural(history.size(), "migration") + " applied (" + Steps.elapsed(t)
            + "; this server cannot copy databases, so each try replays it)");
      }
      return a;
    };
  }

  /** Every migration of the releases and their base: which tools the history uses. */
  private static List<MigrationUnit> all(List<MigrationUnit> base, List<List<MigrationUnit>> releases) {
    List<MigrationUnit> out = new ArrayList<>(base);
    releases.forEach(out::addAll);
    return out;
  }

  /** The first release's ups, split as the server's dialect reads them (a note points at their first statement). */
  private List<Script> firstUps(List<List<MigrationUnit>> releases) {
    List<Script> out = new ArrayList<>();
    if (!releases.isEmpty()) for (MigrationUnit u : releases.get(0)) out.add(Script.up(u, server.dialect().id()));
    return out;
  }
}
