package dev.onewaydoor.app;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.analysis.Report;
import dev.onewaydoor.check.Checker;
import dev.onewaydoor.check.Enriched;
import dev.onewaydoor.config.RepoConfig;
import dev.onewaydoor.limits.ByteBudget;
import dev.onewaydoor.migrations.Progress;
import dev.onewaydoor.references.CodeTree;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A review's analysis: the migrations at base and head, with the code at both commits searched
 * for what the findings remove or change and a plan for each blocking finding, while holding
 * the job's share of the analysis memory. Changed files too large to read are blocking
 * findings of their own.
 */
final class ReviewAnalysis {
  static final Duration BUDGET_WAIT = Duration.ofMinutes(10);

  private ReviewAnalysis() {}

  /** The analysis, or null when the memory it needs never became free within {@link #BUDGET_WAIT}. */
  static Enriched withinBudget(ByteBudget memory, RepoConfig config, Change.Migrations m, CodeTree baseCode,
      CodeTree headCode) {
    long bytes = Math.min(m.bytes(), memory.total());
    try {
      if (!memory.acquire(bytes, BUDGET_WAIT)) return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
    try {
      return run(config, m, baseCode, headCode);
    } finally {
      memory.release(bytes);
    }
  }

  static Enriched run(RepoConfig config, Change.Migrations m, CodeTree baseCode, CodeTree headCode) {
    Enriched e = new Checker(config).reviewChange(m.base(), m.head(), baseCode, headCode, Progress.NONE);
    if (m.tooLarge().isEmpty()) return e;
    Report report = e.report();
    List<Finding> all = new ArrayList<>(m.tooLarge());
    all.addAll(report.findings());
    all.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line));
    Report with = new Report(all, report.migrations() + m.tooLarge().size(), report.statements(), report.notes(),
        report.internalErrors());
    return new Enriched(with, e.details(), e.baseCode(), e.headCode());
  }
}
