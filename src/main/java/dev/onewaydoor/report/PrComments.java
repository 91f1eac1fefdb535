package dev.onewaydoor.report;

import dev.onewaydoor.analysis.Finding;
import java.util.List;

/** The comments the App writes on a pull request, as pure text. */
public final class PrComments {
  private PrComments() {}

  /** {@code - `file:line` **`rule`** message}: one finding in a list. */
  public static String item(Finding f) {
    return "- `" + f.file() + ':' + f.line() + "` **`" + f.rule() + "`** " + f.message();
  }

  /** Said when an acknowledgment does not cover every blocking finding, and its label was removed. */
  public static String uncovered(String label, String by, List<Finding> uncovered, boolean boundToARun) {
    StringBuilder sb = new StringBuilder();
    if (boundToARun) {
      sb.append("The acknowledgment by @").append(by).append(" covered what its check run showed. It did not cover ")
          .append("these findings, so the `").append(label).append("` label was removed:\n");
    } else {
      sb.append("The `").append(label).append("` label was not given on a check run OneWayDoor had completed (it ")
          .append("was there when the pull request was opened, or came before the first check finished), so it ")
          .append("acknowledged nothing and was removed. Not covered:\n");
    }
    for (Finding f : uncovered) sb.append('\n').append(item(f));
    return sb.append("\n\nReview them, then add the label again to accept them.").toString();
  }

  /** Said once when someone who may not acknowledge applied the label. */
  public static String labelRefused(String by, String label, List<String> allowed) {
    String who = allowed.isEmpty() ? "people with write access" : String.join(", ", allowed) + " (with write access)";
    return "@" + by + " added the `" + label + "` label, but only " + who + " may acknowledge one-way doors in "
        + "this repository (`acknowledge.allowed` in `.github/onewaydoor.yml`). The label does not count and was "
        + "removed; the check stays red.";
  }

  /** Said when the App may not create check runs. */
  public static String missingChecksPermission() {
    return "OneWayDoor cannot create check runs here: GitHub answered 403 because the App lacks the "
        + "**`checks: write`** permission. Until an owner grants it (the App's installation settings → "
        + "Permissions), the result is posted as the commit status `OneWayDoor` and in the review, without "
        + "annotations or the Acknowledge button.";
  }
}
