package dev.onewaydoor.report;

import dev.onewaydoor.analysis.Report;

/** The one-line verdict every format ends or starts with. */
final class Summary {
  private Summary() {}

  static String line(Report r) {
    int n = r.findings().size();
    long blocking = r.blockingCount();
    String counts = n == 0 ? "No one-way doors found"
        : plural(n, "finding") + " (" + blocking + " blocking)";
    return counts + " in " + plural(r.migrations(), "migration") + ", " + plural(r.statements(), "statement") + ".";
  }

  /** The verdict line, bold when something blocks, then the report's notes as quotes: how markdown formats open. */
  static void markdown(Report r, StringBuilder sb) {
    sb.append(r.hasBlocking() ? "**" + line(r) + "**" : line(r)).append("\n\n");
    for (String note : r.notes()) sb.append("> ").append(note).append("\n\n");
  }

  static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
