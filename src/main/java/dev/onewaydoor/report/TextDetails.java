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

/** The code references and the plan of a finding, and the scan's notes, as terminal text. */
final class TextDetails {
  private TextDetails() {}

  static void append(StringBuilder sb, Finding f, Enriched e) {
    FindingDetails d = e.details(f);
    if (d.searched() && e.baseCode().performed() && Wording.showsBase(f)) {
      references(sb, d.base(), d.baseOmitted(), Wording.baseHeading(f, d), Wording.baseNone(d));
    }
    if (d.searched() && e.headCode().performed()) {
      references(sb, d.head(), d.headOmitted(), Wording.headHeading(f, d), Wording.headNone(f, d));
    }
    if (d.plan() != null) plan(sb, d.plan());
  }

  private static void references(StringBuilder sb, List<Reference> refs, int omitted, String heading, String none) {
    if (refs.isEmpty()) {
      if (!none.isEmpty()) TextRenderer.wrap(sb, none, "    ");
      return;
    }
    TextRenderer.wrap(sb, heading + ":", "    ");
    for (Reference r : refs) {
      sb.append("      ").append(pad(r.confidence().id(), 9)).append(r.location()).append("  ").append(r.snippet())
          .append('\n');
    }
    if (omitted > 0) sb.append("      ").append(Wording.more(omitted)).append('\n');
  }

  private static void plan(StringBuilder sb, Plan plan) {
    if (!plan.available()) {
      TextRenderer.wrap(sb, "Plan: none, because " + plan.unavailable() + ".", "    ");
      return;
    }
    TextRenderer.wrap(sb, "Plan (" + plan.dialect() + "): " + plan.summary(), "    ");
    if (!plan.singleStep().isEmpty()) TextRenderer.wrap(sb, "Single step: " + plan.singleStep(), "      ");
    for (Phase p : plan.phases()) {
      sb.append("      ").append(p.number()).append(". ").append(p.title()).append(" — ").append(p.when()).append('\n');
      if (!p.check().isEmpty()) {
        sb.append("         check first, it must return 0:\n");
        indent(sb, p.check(), "           ");
      }
      if (p.number() == 2) {
        checklist(sb, p.checklist());
        continue;
      }
      indent(sb, p.up(), "           ");
      sb.append("         down:\n");
      indent(sb, p.down(), "           ");
    }
  }

  private static void checklist(StringBuilder sb, List<CodeUse> uses) {
    if (uses.isEmpty()) sb.append("         (no code at the head uses it)\n");
    for (CodeUse u : uses) {
      sb.append("         [ ] ").append(u.at().file()).append(':').append(u.at().line()).append("  ")
          .append(u.at().text()).append('\n');
    }
  }

  static void scanNotes(StringBuilder sb, Enriched e) {
    if (!e.scanned()) return;
    scan(sb, "base", e.baseCode());
    scan(sb, "head", e.headCode());
  }

  private static void scan(StringBuilder sb, String which, ScanResult s) {
    if (!s.performed()) {
      if (!s.notes().isEmpty()) sb.append("Code at the ").append(which).append(": ").append(s.notes().get(0)).append('\n');
      return;
    }
    sb.append("Code at the ").append(which).append(": ").append(Summary.plural(s.filesScanned(), "file"))
        .append(" searched.\n");
    for (String note : s.notes()) sb.append("  ").append(note).append('\n');
  }

  private static void indent(StringBuilder sb, String text, String indent) {
    for (String line : text.split("\n")) sb.append(indent).append(line).append('\n');
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
  }
}
