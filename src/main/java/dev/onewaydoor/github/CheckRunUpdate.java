package dev.onewaydoor.github;

import java.time.Instant;
import java.util.List;

/**
 * The fields of a check run the App sets, for a create or an update; null fields are left
 * out of the request.
 *
 * @param actions buttons (at most 3); null leaves them as they are, empty removes them
 */
public record CheckRunUpdate(String status, String conclusion, Instant startedAt, Instant completedAt,
    String detailsUrl, CheckRunOutput output, List<Action> actions) {

  /** A button on the check run; a click arrives as {@code check_run.requested_action}. */
  public record Action(String label, String description, String identifier) {}

  public static CheckRunUpdate inProgress(Instant startedAt, String detailsUrl) {
    return new CheckRunUpdate("in_progress", null, startedAt, null, detailsUrl, null, null);
  }

  public static CheckRunUpdate completed(String conclusion, Instant at, String detailsUrl, CheckRunOutput output,
      List<Action> actions) {
    return new CheckRunUpdate("completed", conclusion, null, at, detailsUrl, output, actions);
  }

  /** An update that only appends annotations (GitHub appends them to the run's existing ones). */
  public static CheckRunUpdate moreAnnotations(CheckRunOutput output) {
    return new CheckRunUpdate(null, null, null, null, null, output, null);
  }
}
