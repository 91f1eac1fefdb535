package dev.onewaydoor.server;

import dev.onewaydoor.analysis.Rule;
import dev.onewaydoor.analysis.RuleInfo;
import dev.onewaydoor.analysis.rules.Rules;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Plain pages: what the App is, and each rule's documentation (linked from check runs). */
final class Pages {
  private Pages() {}

  static void home(Context ctx) {
    StringBuilder sb = new StringBuilder("<!doctype html><meta charset=utf-8><title>OneWayDoor</title>"
        + "<h1>OneWayDoor</h1><p>Reviews database migrations for one-way doors: changes after which rolling "
        + "back the application fails or data cannot come back.</p><h2>Rules</h2><ul>");
    for (Rule r : Rules.all()) {
      RuleInfo i = r.info();
      sb.append("<li><a href=\"rules/").append(i.id()).append("\"><code>").append(i.id()).append("</code></a> — ")
          .append(escape(i.summary())).append(i.blocking() ? " (blocking)" : "").append("</li>");
    }
    ctx.contentType("text/html; charset=utf-8").result(sb.append("</ul>").toString());
  }

  static void rule(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    if (!id.matches("[a-z-]+")) {
      ctx.status(404).result("no such rule");
      return;
    }
    try (InputStream in = Pages.class.getResourceAsStream("/rules/" + id + ".md")) {
      if (in == null) {
        ctx.status(404).result("no such rule");
        return;
      }
      String markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      ctx.contentType("text/html; charset=utf-8").result("<!doctype html><meta charset=utf-8><title>" + id
          + "</title><pre style=\"white-space:pre-wrap;max-width:50em\">" + escape(markdown) + "</pre>");
    }
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
