package dev.onewaydoor.report;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.analysis.Report;
import dev.onewaydoor.analysis.RuleOverride;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Merges verified findings into the static report: a verified result outranks the static guess
 * for the same history, so static findings of superseded rules in the verified files are
 * dropped and every other static finding stays. The repository's rule overrides apply to the
 * verified findings as they did to the static ones.
 */
public final class VerifiedMerge {
  private VerifiedMerge() {}

  public static Report merge(Report report, List<VerifiedHistory> histories, Map<String, RuleOverride> overrides) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : report.findings()) {
      if (histories.stream().noneMatch(h -> h.supersedes(f))) out.add(f);
    }
    for (VerifiedHistory h : histories) {
      for (Finding f : h.findings()) {
        RuleOverride o = overrides.get(f.rule());
        if (o == null) out.add(f);
        else if (o.enabled()) out.add(o.apply(f));
      }
    }
    out.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line)
        .thenComparingInt(Finding::column).thenComparing(Finding::rule));
    return new Report(out, report.migrations(), report.statements(), report.notes(), report.internalErrors());
  }
}
