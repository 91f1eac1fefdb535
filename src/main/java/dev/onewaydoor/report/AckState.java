package dev.onewaydoor.report;

import java.time.Instant;

/**
 * Whether a pull request's blocking findings are acknowledged, by whom, when and how
 * ({@code via}: the label or the Acknowledge button); {@code note} explains a refusal.
 */
public record AckState(boolean acknowledged, String by, Instant at, String via, String note) {
  public static final AckState NONE = new AckState(false, null, null, null, null);

  public static AckState refused(String note) {
    return new AckState(false, null, null, null, note);
  }

  public static AckState accepted(String by, Instant at, String via) {
    return new AckState(true, by, at, via, null);
  }
}
