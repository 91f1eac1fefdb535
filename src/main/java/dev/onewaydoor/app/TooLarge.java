package dev.onewaydoor.app;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.analysis.Severity;
import dev.onewaydoor.analysis.Source;
import dev.onewaydoor.analysis.Subject;
import dev.onewaydoor.limits.Sizes;
import java.util.List;

/**
 * The finding for a changed migration the App would not read because it is over the per-file
 * cap: it blocks, like any one-way door nobody has looked at, and is never verified.
 */
final class TooLarge {
  static final String RULE = "too-large-to-analyse";

  private TooLarge() {}

  /** {@code size} is the file's size when known, else -1 (the download was stopped at the cap). */
  static Finding finding(String path, long size, long cap) {
    String how = size >= 0 ? "is " + Sizes.human(size) : "is larger than " + Sizes.human(cap);
    return new Finding(RULE, Category.OPERATIONAL_SAFETY, Severity.ERROR, true, Source.file(path),
        "This migration " + how + ", over the " + Sizes.human(cap) + " OneWayDoor analyses per file, so it was not "
            + "read: nothing in it is verified, and it may hold a one-way door.",
        "Keep bulk data out of schema migrations (load seed data with a separate script or `COPY` from a file), "
            + "or split the file; if it only holds data, acknowledge that it was not reviewed.",
        Subject.NONE, List.of(Source.file(path)), "");
  }
}
