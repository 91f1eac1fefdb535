package dev.onewaydoor.report;

import dev.onewaydoor.analysis.Report;

/**
 * The check's outcome for one report and acknowledgment state: success when nothing blocks
 * or the blocking findings are acknowledged, failure otherwise; with its title and the line
 * that opens the summary.
 */
public record Verdict(String conclusion, String title, String summaryLine, boolean offerAcknowledge) {

  public static Verdict of(Report report, AckState ack, String label) {
    long blocking = report.blockingCount();
    int total = report.findings().size();
    if (blocking == 0) {
      String title = total == 0 ? "No one-way doors" : Summary.plural(total, "warning") + ", nothing blocking";
      return new Verdict("success", title, "Nothing in this change blocks a rollback.", false);
    }
    String counts = Summary.plural(blocking, "one-way door");
    if (ack.acknowledged()) {
      return new Verdict("success", counts + ", acknowledged by @" + ack.by(),
          "✅ **Acknowledged** by @" + ack.by() + " at " + ack.at() + " with " + ack.via() + ": the "
              + "blocking findings below were accepted as not rollback-safe.", false);
    }
    String line = "⛔ **" + counts + "** in this change: after it is deployed, rolling back the code may "
        + "fail or data may not come back. Make the change reversible (each finding says how), or, if the "
        + "risk is understood, add the `" + label + "` label to accept it.";
    if (ack.note() != null) line = ack.note() + "\n\n" + line;
    return new Verdict("failure", counts + " blocking", line, true);
  }
}
