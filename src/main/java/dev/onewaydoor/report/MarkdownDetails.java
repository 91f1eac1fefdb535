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
 * A finding's code references and its plan as {@link FindingSection}s of GitHub-flavoured
 * markdown. Collapsed blocks ({@code <details>}) keep long details out of the way on GitHub;
 * pages rendered with raw HTML escaped get headings instead.
 */
public final class MarkdownDetails {
  private MarkdownDetails() {}

  /**
   * Where the base and the head use the finding's name; {@code collapsed} puts the lists in
   * one {@code <details>} whose summary counts them (a finding with none says so openly).
   */
  public static FindingSection references(Enriched e, boolean collapsed) {
    return (f, out) -> {
      FindingDetails d = e.details(f);
      if (!d.searched()) return;
      boolean base = e.baseCode().performed() && Wording.showsBase(f);
      boolean head = e.headCode().performed();
      StringBuilder lists = new StringBuilder();
      if (base) list(lists, d.base(), d.baseOmitted(), Wording.baseHeading(f, d), Wording.baseNone(d));
      if (head) list(lists, d.head(), d.headOmitted(), Wording.headHeading(f, d), Wording.headNone(f, d));
      int shown = (base ? d.base().size() : 0) + (head ? d.head().size() : 0);
      if (!collapsed || shown == 0) {
        out.append(lists);
        return;
      }
      out.append("<details><summary>Code that uses <code>").append(html(d.target().label())).append("</code>: ")
          .append(count(base, d.base().size() + d.baseOmitted(), "at the base (the release running now)"))
          .append(base && head ? ", " : "").append(count(head, d.head().size() + d.headOmitted(), "at the head"))
          .append("</summary>\n\n").append(lists).append("</details>\n\n");
    };
  }

  /** The plan in one {@code <details>} (each phase's down collapsed inside it), or with headings. */
  public static FindingSection plan(Enriched e, boolean collapsible) {
    return (f, out) -> {
      Plan p = e.details(f).plan();
      if (p != null) plan(out, p, collapsible);
    };
  }

  /** A name inside HTML: a quoted identifier may hold {@code <} or {@code &}. */
  private static String html(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String count(boolean shown, int n, String where) {
    return shown ? Summary.plural(n, "place") + " " + where : "";
  }

  private static void list(StringBuilder sb, List<Reference> refs, int omitted, String heading, String none) {
    if (refs.isEmpty()) {
      if (!none.isEmpty()) sb.append(none).append("\n\n");
      return;
    }
    sb.append("**").append(heading).append(":**\n\n");
    for (Reference r : refs) {
      sb.append("- `").append(r.location()).append("` ").append(code(r.snippet())).append(" _(")
          .append(Wording.how(r)).append(")_\n");
    }
    if (omitted > 0) sb.append("- ").append(Wording.more(omitted)).append('\n');
    sb.append('\n');
  }

  static void plan(StringBuilder sb, Plan plan, boolean collapsible) {
    if (!plan.available()) {
      sb.append("No expand–contract plan: ").append(plan.unavailable()).append(".\n\n");
      return;
    }
    String title = "Expand–contract plan (" + plan.dialect() + ", " + plan.phases().size() + " phases)";
    sb.append(collapsible ? "<details><summary>" + title + "</summary>\n\n" : "#### " + title + "\n\n")
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
    if (collapsible) sb.append("</details>\n\n");
  }

  private static void checklist(StringBuilder sb, List<CodeUse> uses) {
    if (uses.isEmpty()) sb.append("No code at the head uses it.\n\n");
    for (CodeUse u : uses) {
      sb.append("- [ ] `").append(u.at().file()).append(':').append(u.at().line()).append("` ")
          .append(code(u.at().text())).append('\n');
    }
    if (!uses.isEmpty()) sb.append('\n');
  }

  /** What the code scans read and left out, after the findings (collapsed, or under a heading). */
  public static void scanNotes(StringBuilder sb, Enriched e, boolean collapsible) {
    if (!e.scanned()) return;
    sb.append(collapsible ? "<details><summary>Code scanned</summary>\n\n" : "## Code scanned\n\n");
    scan(sb, "base", e.baseCode());
    scan(sb, "head", e.headCode());
    sb.append(collapsible ? "\n</details>\n" : "");
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
