package dev.onewaydoor.check;

import dev.onewaydoor.plan.Plan;
import dev.onewaydoor.references.Reference;
import dev.onewaydoor.references.Target;
import java.util.List;

/**
 * What OneWayDoor adds to a finding beyond the engine's verdict: the code that uses the name
 * at the base (the release running now, what a rollback returns to) and at the head (the
 * release being deployed), and the expand–contract plan.
 *
 * @param target the name searched for, or null when the finding names none
 * @param baseOmitted, headOmitted references found but not listed (past the cap)
 * @param plan the plan, or null when the finding has none
 */
public record FindingDetails(Target target, List<Reference> base, int baseOmitted, List<Reference> head,
    int headOmitted, Plan plan) {
  public static final FindingDetails NONE = new FindingDetails(null, List.of(), 0, List.of(), 0, null);

  public FindingDetails {
    base = List.copyOf(base);
    head = List.copyOf(head);
  }

  public boolean searched() {
    return target != null;
  }
}
