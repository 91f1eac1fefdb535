package dev.onewaydoor.report;

import dev.onewaydoor.analysis.Report;
import dev.onewaydoor.check.Enriched;
import java.util.Locale;

/**
 * Turns a report into text for one output format. Renderers are pure. A report with details
 * (code references, plans) renders them; a plain report renders as one without details.
 */
public interface Renderer {
  String render(Enriched report);

  default String render(Report report) {
    return render(Enriched.of(report));
  }

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
