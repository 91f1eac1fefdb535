package dev.onewaydoor.server;

import dev.onewaydoor.analysis.Rule;
import dev.onewaydoor.analysis.RuleInfo;
import dev.onewaydoor.analysis.rules.Rules;
import dev.onewaydoor.app.ReportPages;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Pages for people: what the App is, each rule's documentation (the check run links to it),
 * and each check run's report page. HTML readable on a phone.
 */
final class Pages {
  private final ReportPages reports;

  Pages(ReportPages reports) {
    this.reports = reports;
  }

  void home(Context ctx) {
    StringBuilder sb = new StringBuilder("<h1>OneWayDoor</h1><p>Reviews database migrations for one-way doors: "
        + "changes after which rolling back the application fails or data cannot come back.</p><h2>Rules</h2><ul>");
    for (Rule r : Rules.all()) {
      RuleInfo i = r.info();
      sb.append("<li><a href=\"/rules/").append(i.id()).append("\"><code>").append(i.id()).append("</code></a> — ")
          .append(Html.escape(i.summary())).append(i.blocking() ? " (blocking)" : "").append("</li>");
    }
    html(ctx, 200, Html.page("OneWayDoor", sb.append("</ul>\n").toString()));
  }

  void rule(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    if (!id.matches("[a-z-]+")) {
      notFound(ctx, "No such rule.");
      return;
    }
    try (InputStream in = Pages.class.getResourceAsStream("/rules/" + id + ".md")) {
      if (in == null) {
        notFound(ctx, "No such rule.");
        return;
      }
      String markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      html(ctx, 200, Html.page(id + " · OneWayDoor", Html.markdown(markdown)));
    }
  }

  void report(Context ctx) throws IOException {
    Optional<String> page = reports.get(ctx.pathParam("id"));
    if (page.isEmpty()) {
      notFound(ctx, "No such report: it never existed, or it has expired. The check run on the pull request "
          + "still shows the findings.");
      return;
    }
    ctx.header("Cache-Control", "private, no-store");
    ctx.header("X-Robots-Tag", "noindex");
    html(ctx, 200, Html.page("Report · OneWayDoor", Html.markdown(page.get())));
  }

  private static void notFound(Context ctx, String text) {
    html(ctx, 404, Html.page("Not found · OneWayDoor", "<h1>Not found</h1><p>" + Html.escape(text) + "</p>\n"));
  }

  private static void html(Context ctx, int status, String page) {
    ctx.status(status).contentType("text/html; charset=utf-8").result(page);
  }
}
