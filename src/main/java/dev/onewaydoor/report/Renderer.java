package dev.onewaydoor.report;

import dev.onewaydoor.analysis.Report;
import java.util.Locale;

/** Turns a report into text for one output format. Renderers are pure. */
public interface Renderer {
  String render(Report report);

  /** Returns the renderer for {@code text}, {@code markdown}, {@code json} or {@code sarif}. */
  static Renderer forFormat(String format) {
    switch (format.toLowerCase(Locale.ROOT)) {
      case "text": return new TextRenderer();
      case "markdown": case "md": return new MarkdownRenderer();
      case "json": return new JsonRenderer();
      case "sarif": return new SarifRenderer();
      default: throw new IllegalArgumentException(
          "unknown format '" + format + "' (expected text, markdown, json or sarif)");
    }
  }
}
