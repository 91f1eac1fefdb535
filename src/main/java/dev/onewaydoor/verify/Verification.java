package dev.onewaydoor.verify;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.analysis.Report;
import dev.onewaydoor.analysis.RuleOverride;
import dev.onewaydoor.report.VerifiedHistory;
import dev.onewaydoor.report.VerifiedMerge;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The result of verifying a change: one entry per dialect history that has new migrations. */
public record Verification(List<VerifiedHistory> histories) {
  public static final Verification NONE = new Verification(List.of());

  public Verification {
    histories = List.copyOf(histories);
  }

  /** The static report with the verified findings merged in (see {@link VerifiedMerge}). */
  public Report applyTo(Report report, Map<String, RuleOverride> overrides) {
    return VerifiedMerge.merge(report, histories, overrides);
  }

  public List<Finding> findings() {
    List<Finding> out = new ArrayList<>();
    histories.forEach(h -> out.addAll(h.findings()));
    return out;
  }

  /** What was run, on what, how long it took: Markdown, one block per history; empty when none. */
  public String summary() {
    List<String> parts = new ArrayList<>();
    histories.forEach(h -> parts.add(h.summary()));
    return String.join("\n\n", parts);
  }
}
