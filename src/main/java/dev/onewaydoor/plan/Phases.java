package dev.onewaydoor.plan;

import dev.onewaydoor.analysis.CodeUse;
import java.util.List;

/** The three phases every plan has, with the wording they share. */
final class Phases {
  static final String NO_SCHEMA_CHANGE = "-- no schema change in this phase\n";

  private Phases() {}

  static Phase expand(String up, String down) {
    return new Phase(1, "Expand", "this release, in place of the offending statement", up, down, "", List.of());
  }

  /** Phase 2: no SQL; the code to change is the checklist. */
  static Phase move(String what, List<CodeUse> uses) {
    return new Phase(2, "Move readers and writers", "deploy code that " + what,
        "-- no schema change: deploy the code changes, then wait until no running version is older\n",
        "-- nothing to undo in the schema\n", "", uses);
  }

  static Phase contract(String name, String up, String down, String check) {
    return new Phase(3, "Contract", "a later release, once no running version uses " + name, up, down, check, List.of());
  }

  /** A comment line per sentence, for phases whose point is what they leave out. */
  static String comment(String text) {
    return "-- " + text + "\n";
  }
}
