package dev.onewaydoor.analysis;

/**
 * A place in the application's code that uses a schema name, as found by a code scan: where
 * (the line's text as {@code at.text()}), how sure the tie to the table is ({@code certain},
 * {@code likely} or {@code possible}), and in what context ("SQL naming reservations").
 */
public record CodeUse(Source at, String confidence, String why) {
  public boolean certain() {
    return "certain".equals(confidence);
  }

  /** Certain or likely: enough to act on. */
  public boolean probable() {
    return certain() || "likely".equals(confidence);
  }
}
