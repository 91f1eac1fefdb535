package dev.onewaydoor.report;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.check.FindingDetails;
import dev.onewaydoor.plan.Plan;
import dev.onewaydoor.references.Reference;
import java.util.ArrayList;
import java.util.List;

/**
 * The SARIF of a finding's details: its code references as {@code relatedLocations}, and
 * phase 1 of its plan as a {@code fixes} entry replacing exactly the statement's region.
 */
final class SarifDetails {
  private SarifDetails() {}

  static void finding(Json j, Finding f, FindingDetails d) {
    List<Reference> base = Wording.showsBase(f) ? d.base() : List.of();
    List<Reference> refs = new ArrayList<>(base);
    refs.addAll(d.head());
    if (!refs.isEmpty()) {
      j.key("relatedLocations").open('[');
      int id = 1;
      for (Reference r : base) location(j, id++, r, "base");
      for (Reference r : d.head()) location(j, id++, r, "head");
      j.close(']');
    }
    Plan p = d.plan();
    if (p == null || !p.available() || !StatementRegion.replaceable(f)) return;
    StatementRegion region = StatementRegion.of(f);
    j.key("fixes").open('[').open('{')
        .key("description").open('{').field("text", "Phase 1 of the expand–contract plan: " + p.summary()).close('}')
        .key("artifactChanges").open('[').open('{')
        .key("artifactLocation").open('{').field("uri", f.file()).close('}')
        .key("replacements").open('[').open('{')
        .key("deletedRegion").open('{').field("startLine", region.startLine()).field("startColumn", region.startColumn())
        .field("endLine", region.endLine()).field("endColumn", region.endColumn()).close('}')
        .key("insertedContent").open('{').field("text", StatementRegion.replacement(f, p.suggestion())).close('}')
        .close('}').close(']')
        .close('}').close(']')
        .close('}').close(']');
  }

  private static void location(Json j, int id, Reference r, String commit) {
    String what = commit.equals("base") ? "the release running now (base) uses the name here"
        : "the code being deployed (head) uses the name here";
    j.open('{').field("id", id)
        .key("physicalLocation").open('{')
        .key("artifactLocation").open('{').field("uri", r.path()).close('}')
        .key("region").open('{').field("startLine", r.line()).field("startColumn", r.column()).close('}')
        .close('}')
        .key("message").open('{').field("text", what + " (" + Wording.how(r) + "): " + r.snippet()).close('}')
        .close('}');
  }
}
