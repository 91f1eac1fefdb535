package dev.onewaydoor.report;

import dev.onewaydoor.analysis.CodeUse;
import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.check.Enriched;
import dev.onewaydoor.check.FindingDetails;
import dev.onewaydoor.plan.Phase;
import dev.onewaydoor.plan.Plan;
import dev.onewaydoor.references.Reference;
import dev.onewaydoor.references.ScanResult;
import java.util.List;

/**
 * A finding's code references (as lists) and its plan (collapsed, one {@code <details>} per
 * finding, each phase's down collapsed inside it), as GitHub-flavoured markdown.
 */
public final class MarkdownDetails {
  private MarkdownDetails() {}

  /** Appends the references and the plan of {@code f}, each block preceded by a blank line. */
  public static void append(StringBuilder sb, Finding f, Enriched e) {
    append(sb, f, e, true);
  }

  /**
   * As {@link #append(StringBuilder, Finding, Enriched)}; {@code collapsible} false writes the
   * plan with headings instead of {@code <details>}, for pages rendered with raw HTML escaped.
   */
  public static void append(StringBuilder sb, Finding f, Enriched e, boolean collapsible) {
    FindingDetails d = e.details(f);
    if (d.searched() && e.baseCode().performed() && Wording.showsBase(f)) {
      references(sb, d.base(), d.baseOmitted(), Wording.baseHeading(f, d), Wording.baseNone(d));
    }
    if (d.searched() && e.headCode().performed()) {
      references(sb, d.head(), d.headOmitted(), Wording.headHeading(f, d), Wording.headNone(f, d));
    }
    if (d.plan() != null) plan(sb, d.plan(), collapsible);
  }

  private static void references(StringBuilder sb, List<Reference> refs, int omitted, String heading, String none) {
    if (refs.isEmpty()) {
      if (!none.isEmpty()) sb.append('\n').append(none).append('\n');
      return;
    }
    sb.append("\n**").append(heading).append(":**\n\n");
    for (Reference r : refs) {
      sb.append("- `").append(r.location()).append("` ").append(code(r.snippet())).append(" _(")
          .append(Wording.how(r)).append(")_\n");
    }
    if (omitted > 0) sb.append("- ").append(Wording.more(omitted)).append('\n');
  }

  static void plan(StringBuilder sb, Plan plan, boolean collapsible) {
    if (!plan.available()) {
      sb.append("\nNo expand–contract plan: ").append(plan.unavailable()).append(".\n");
      return;
    }
    String title = "Expand–contract plan (" + plan.dialect() + ", " + plan.phases().size() + " phases)";
    sb.append(collapsible ? "\n<details><summary>" + title + "</summary>\n\n" : "\n#### " + title + "\n\n")
        .append(plan.summary()).append("\n\n");
    if (!plan.singleStep().isEmpty()) sb.append("**Single step:** ").append(plan.singleStep()).append("\n\n");
    for (Phase p : plan.phases()) {
      sb.append("**Phase ").append(p.number()).append(" · ").append(p.title()).append("** — ").append(p.when())
          .append("\n\n");
      if (!p.check().isEmpty()) sb.append("Check first (must return 0):\n\n").append(sql(p.check()));
      if (p.number() == 2) {
        checklist(sb, p.checklist());
        continue;
      }
      sb.append(sql(p.up()));
      sb.append(collapsible ? "<details><summary>Down</summary>\n\n" : "Down:\n\n").append(sql(p.down()))
          .append(collapsible ? "</details>\n\n" : "");
    }
    if (collapsible) sb.append("</details>\n");
  }

  private static void checklist(StringBuilder sb, List<CodeUse> uses) {
    if (uses.isEmpty()) sb.append("No code at the head uses it.\n\n");
    for (CodeUse u : uses) {
      sb.append("- [ ] `").append(u.at().file()).append(':').append(u.at().line()).append("` ")
          .append(code(u.at().text())).append('\n');
    }
    if (!uses.isEmpty()) sb.append('\n');
  }

  /** What the code scans left out, after the findings. */
  static void scanNotes(StringBuilder sb, Enriched e) {
    scanNotes(sb, e, true);
  }

  public static void scanNotes(StringBuilder sb, Enriched e, boolean collapsible) {
    if (!e.scanned()) return;
    sb.append(collapsible ? "\n<details><summary>Code scanned</summary>\n\n" : "\n## Code scanned\n\n");
    scan(sb, "base", e.baseCode());
    scan(sb, "head", e.headCode());
    if (collapsible) sb.append("\n</details>\n");
  }

  private static void scan(StringBuilder sb, String which, ScanResult s) {
    sb.append("- ").append(which).append(": ").append(s.performed() ? Summary.plural(s.filesScanned(), "file") + " searched"
        : String.join("; ", s.notes())).append('\n');
    if (s.performed()) for (String note : s.notes()) sb.append("  - ").append(note).append('\n');
  }

  private static String sql(String text) {
    return "```sql\n" + text.replace("```", "` ` `") + (text.endsWith("\n") ? "" : "\n") + "```\n\n";
  }

  /** Inline code that cannot be broken by the snippet's own backticks. */
  private static String code(String text) {
    return "`` " + text.replace("`", "'") + " ``";
  }
}
