package dev.onewaydoor.github;

import java.util.List;

/** A check run's {@code output}: title, markdown summary and (at most 50 per request) annotations. */
public record CheckRunOutput(String title, String summary, List<Annotation> annotations) {
  public static final int MAX_SUMMARY = 65_535;
  public static final int MAX_ANNOTATIONS = 50;

  public CheckRunOutput {
    annotations = List.copyOf(annotations);
    if (annotations.size() > MAX_ANNOTATIONS) throw new IllegalArgumentException("at most 50 annotations per request");
  }

  public CheckRunOutput(String title, String summary) {
    this(title, summary, List.of());
  }
}
