package dev.onewaydoor.github;

import java.util.List;

/**
 * A check run's {@code output}: title, markdown summary, markdown text shown below it (null
 * for none), and at most 50 annotations per request.
 */
public record CheckRunOutput(String title, String summary, String text, List<Annotation> annotations) {
  /** GitHub's limit for the summary, and for the text. */
  public static final int MAX_SUMMARY = 65_535;
  public static final int MAX_ANNOTATIONS = 50;

  public CheckRunOutput {
    annotations = List.copyOf(annotations);
    if (annotations.size() > MAX_ANNOTATIONS) throw new IllegalArgumentException("at most 50 annotations per request");
  }

  public CheckRunOutput(String title, String summary, List<Annotation> annotations) {
    this(title, summary, null, annotations);
  }

  public CheckRunOutput(String title, String summary) {
    this(title, summary, null, List.of());
  }
}
