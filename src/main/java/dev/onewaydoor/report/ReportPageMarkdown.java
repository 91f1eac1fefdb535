package dev.onewaydoor.report;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.analysis.Report;
import dev.onewaydoor.check.Enriched;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The content of a check run's report page, as markdown without raw HTML (the page renders
 * it with HTML escaped): what the check run shows — findings, the code that uses their names,
 * their plans — plus what was verified on a real database, and nothing else.
 */
public final class ReportPageMarkdown {
  /** Which pull request and commit the page is about, and until when it is kept. */
  public record About(String repo, int pr, String headSha, Instant created, Instant expires) {}

  private ReportPageMarkdown() {}

  public static String render(Enriched e, About about) {
    Report report = e.report();
    StringBuilder sb = new StringBuilder("# OneWayDoor: ").append(about.repo()).append(" #").append(about.pr())
        .append("\n\nCommit `").append(about.headSha(), 0, Math.min(12, about.headSha().length())).append("`, reviewed ")
        .append(about.created()).append(". This page expires ").append(about.expires()).append(".\n\n");
    Summary.markdown(report, sb);
    for (Finding f : report.findings()) {
      sb.append("## ").append(f.blocking() ? "⛔ " : "⚠️ ").append(f.rule()).append(" · ").append(f.category().title())
          .append("\n\n`").append(f.file()).append(':').append(f.line()).append("` · [about this rule](../rules/")
          .append(f.rule()).append(")\n\n");
      FindingSection.STATEMENT.append(f, sb);
      FindingSection.PROBLEM.append(f, sb);
      FindingSection.INSTEAD.append(f, sb);
      if (f.verified()) sb.append("Verified on ").append(f.verifiedOn()).append(".\n\n");
      MarkdownDetails.references(e, false).append(f, sb);
      MarkdownDetails.plan(e, false).append(f, sb);
    }
    verified(sb, report.findings());
    sb.append('\n');
    MarkdownDetails.scanNotes(sb, e, false);
    return sb.toString();
  }

  private static void verified(StringBuilder sb, List<Finding> findings) {
    List<Finding> verified = findings.stream().filter(Finding::verified).collect(Collectors.toList());
    sb.append("## What was verified\n\n");
    if (verified.isEmpty()) {
      sb.append("No finding was verified on a real database in this run: every finding comes from replaying the "
          + "migration history into OneWayDoor's schema model.\n");
      return;
    }
    for (Finding f : verified) {
      sb.append("- `").append(f.rule()).append("` at `").append(f.file()).append(':').append(f.line())
          .append("`: observed on ").append(f.verifiedOn()).append('\n');
    }
  }
}
