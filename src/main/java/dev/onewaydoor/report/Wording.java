package dev.onewaydoor.report;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.analysis.rules.HeadReferencesRemoved;
import dev.onewaydoor.check.FindingDetails;
import dev.onewaydoor.references.Reference;
import dev.onewaydoor.references.Target;

/** The sentences that introduce a finding's code references, shared by every format. */
final class Wording {
  private Wording() {}

  /** What the base's references mean for this finding. */
  static String baseHeading(Finding f, FindingDetails d) {
    Target t = d.target();
    switch (f.rule()) {
      case "set-not-null":
        return "The release running now writes `" + t.label() + "` here; a NULL from it fails";
      case "add-required-column":
      case "drop-default":
        return "The release running now uses `" + t.label() + "` here; its inserts that leave `"
            + f.subject().column() + "` out fail";
      default:
        return "Rollback to the release running now breaks here";
    }
  }

  static String baseNone(FindingDetails d) {
    return "No code at the base (the release running now) references `" + d.target().label() + "`.";
  }

  static String headHeading(Finding f, FindingDetails d) {
    return removes(f) ? "The code being deployed (head) still uses `" + d.target().label() + "` here"
        : "Code at the head (this deploy) that uses `" + d.target().label() + "`";
  }

  /** Said only for findings that remove a name: that the head no longer uses it is good news. */
  static String headNone(Finding f, FindingDetails d) {
    return removes(f) ? "No code at the head uses `" + d.target().label() + "`." : "";
  }

  /** The head rule is about the deploy: the base's uses are shown with the removal it repeats. */
  static boolean showsBase(Finding f) {
    return !f.rule().equals("head-references-removed");
  }

  static boolean removes(Finding f) {
    return HeadReferencesRemoved.REMOVALS.contains(f.rule()) || f.rule().equals("head-references-removed");
  }

  static String more(int omitted) {
    return "… and " + omitted + " more";
  }

  /** {@code certain · SQL naming reservations} */
  static String how(Reference r) {
    return r.confidence().id() + " · " + r.why();
  }
}
