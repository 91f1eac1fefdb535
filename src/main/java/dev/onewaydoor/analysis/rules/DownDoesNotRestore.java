package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.Details;
import dev.onewaydoor.analysis.NetChange;
import dev.onewaydoor.analysis.ReleaseContext;
import dev.onewaydoor.analysis.ReleaseRule;
import dev.onewaydoor.analysis.Restoration.Difference;
import dev.onewaydoor.analysis.Rollback;
import dev.onewaydoor.analysis.RuleInfo;
import dev.onewaydoor.analysis.Severity;
import dev.onewaydoor.analysis.Source;
import dev.onewaydoor.analysis.Subject;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code down-does-not-restore}: after the up and then the down, the schema is not the one the
 * previous release ran against. Compared as states, not statement by statement: an index that
 * goes with its column, a table re-created instead of renamed back, are restored. What the
 * down leaves behind that the previous release cannot notice is one warning per step.
 */
public final class DownDoesNotRestore extends ReleaseRule {
  public DownDoesNotRestore() {
    super(new RuleInfo("down-does-not-restore", Category.ROLLBACK_PATH, Severity.ERROR, true,
        "The down migration does not bring back the schema the previous version ran against",
        "Make the down undo the up (re-create, rename back, restore types and NOT NULL), "
            + "and test up, down, up on a scratch database."));
  }

  @Override
  public void onRelease(ReleaseContext ctx) {
    for (Rollback r : ctx.rollbacks()) {
      if (r.state() != Rollback.DownState.RUNS || r.differences().isEmpty()) continue;
      List<String> minor = new ArrayList<>();
      String after = "After " + downs(r) + (r.downFiles().size() == 1 ? " runs, " : " run, ");
      for (Difference d : r.differences()) {
        if (!d.blocking()) {
          minor.add(d.describe());
          continue;
        }
        Subject s = d.column().isEmpty() ? Subject.table(ctx.dialect(), d.table())
            : Subject.column(ctx.dialect(), d.table(), d.column(), null, null);
        ctx.report(cause(r, d), after + d.describe() + ": the previous release expects it as it was, and "
            + d.consequence() + ".", Details.of(s).causes(downSources(r)));
      }
      if (!minor.isEmpty()) {
        ctx.report(r.firstUpStatement(), after + "the schema still differs in ways the previous release does not "
            + "notice: " + String.join("; ", minor) + ". Running the up again may fail on what is left.",
            Details.NONE.causes(downSources(r)).blocking(false));
      }
    }
  }

  /** The up statement that made the difference (a drop, a rename, a type change), else the step's first. */
  private static Source cause(Rollback r, Difference d) {
    for (NetChange c : r.net().changes()) {
      if (c.table().equals(d.table()) && (d.column().isEmpty() || c.column().equals(d.column()))) return c.at();
    }
    return r.firstUpStatement();
  }

  private static String downs(Rollback r) {
    List<String> files = r.downFiles();
    if (files.size() <= 2) return String.join(" then ", files);
    return "the " + files.size() + " downs of its version group (" + files.get(0) + " first)";
  }

  private static List<Source> downSources(Rollback r) {
    List<Source> out = new ArrayList<>();
    for (String f : r.downFiles()) out.add(Source.file(f));
    return out;
  }
}
