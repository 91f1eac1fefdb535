package dev.onewaydoor.server;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Pages as HTML readable on a phone: markdown rendered by commonmark with raw HTML escaped
 * (pages show text from repositories: file names, code), in one small responsive template.
 */
final class Html {
  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
  private static final String STYLE = "body{margin:0 auto;max-width:48rem;padding:1rem;font:16px/1.5 system-ui,"
      + "-apple-system,'Segoe UI',sans-serif;color:#1f2328;background:#fff;overflow-wrap:anywhere}"
      + "h1{font-size:1.5rem;line-height:1.25}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #d0d7de}"
      + "h3,h4{font-size:1.05rem}pre{overflow-x:auto;background:#f6f8fa;padding:.75rem;border-radius:6px;"
      + "font-size:.85rem;line-height:1.4}code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;"
      + "font-size:.9em}:not(pre)>code{background:#f6f8fa;padding:.1em .3em;border-radius:4px}"
      + "a{color:#0969da}li{margin:.25rem 0}nav{font-size:.9rem;margin-bottom:1rem}"
      + "table{display:block;overflow-x:auto}img{max-width:100%}";

  private Html() {}

  /** A whole page: {@code title} (escaped) and a body of HTML. */
  static String page(String title, String bodyHtml) {
    return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<meta name=\"referrer\" content=\"no-referrer\"><title>" + escape(title) + "</title><style>" + STYLE
        + "</style></head><body>\n<nav><a href=\"/\">OneWayDoor</a></nav>\n" + bodyHtml + "</body></html>\n";
  }

  /** Markdown to HTML, raw HTML in it shown as text. */
  static String markdown(String markdown) {
    return RENDERER.render(PARSER.parse(markdown));
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
