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

/** The JSON of a finding's references and plan, and of the code scans. */
final class JsonDetails {
  private JsonDetails() {}

  /** {@code "references":[…],"plan":{…}|null}: always present, so scripts need no existence checks. */
  static void finding(Json j, Finding f, FindingDetails d) {
    j.key("references").open('[');
    if (Wording.showsBase(f)) references(j, "base", d.base());
    references(j, "head", d.head());
    j.close(']');
    j.key("plan");
    if (d.plan() == null) j.value((String) null);
    else plan(j, d.plan());
  }

  private static void references(Json j, String commit, List<Reference> refs) {
    for (Reference r : refs) {
      j.open('{').field("commit", commit).field("path", r.path()).field("line", r.line()).field("column", r.column())
          .field("snippet", r.snippet()).field("confidence", r.confidence().id()).field("why", r.why()).close('}');
    }
  }

  private static void plan(Json j, Plan p) {
    j.open('{').field("rule", p.rule()).field("dialect", p.dialect()).field("summary", p.summary())
        .field("singleStep", p.singleStep()).field("unavailable", p.unavailable());
    j.key("phases").open('[');
    for (Phase ph : p.phases()) {
      j.open('{').field("number", ph.number()).field("title", ph.title()).field("when", ph.when())
          .field("up", ph.up()).field("down", ph.down()).field("check", ph.check());
      j.key("checklist").open('[');
      for (CodeUse u : ph.checklist()) {
        j.open('{').field("path", u.at().file()).field("line", u.at().line()).field("snippet", u.at().text())
            .field("confidence", u.confidence()).close('}');
      }
      j.close(']').close('}');
    }
    j.close(']').close('}');
  }

  /** {@code "code":{"base":{"scanned","files","notes"},"head":{…}}} */
  static void code(Json j, Enriched e) {
    j.key("code").open('{');
    scan(j, "base", e.baseCode());
    scan(j, "head", e.headCode());
    j.close('}');
  }

  private static void scan(Json j, String which, ScanResult s) {
    j.key(which).open('{').field("scanned", s.performed()).field("files", s.filesScanned());
    j.key("notes").open('[');
    for (String n : s.notes()) j.value(n);
    j.close(']').close('}');
  }
}
