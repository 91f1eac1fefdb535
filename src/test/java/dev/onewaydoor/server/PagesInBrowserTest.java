package dev.onewaydoor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onewaydoor.analysis.rules.Rules;
import dev.onewaydoor.app.ReportPages;
import dev.onewaydoor.report.ReportPageMarkdown;
import dev.onewaydoor.testing.BookingCode;
import dev.onewaydoor.testing.Chromium;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pages in a real headless Chromium at a phone's width (375 px): they load, their links
 * work, and nothing is wider than the screen.
 */
class PagesInBrowserTest {
  private static final int PHONE = 375;
  private static AppHarness app;
  private static Chromium chrome;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    app = new AppHarness();
    chrome = Chromium.start();
  }

  @AfterAll
  static void stop() throws Exception {
    chrome.close();
    app.close();
  }

  @Test
  void everyRulePageIsHtmlThatFitsAPhone() throws Exception {
    Chromium.Tab tab = chrome.open(app.url("/"), PHONE, 812);
    List<String> links = links(tab);
    List<String> rules = links.stream().filter(l -> l.contains("/rules/")).toList();
    assertEquals(Rules.all().size(), rules.size());
    fits(tab, "/");
    for (String link : links) assertEquals(200, status(link), link);
    for (String link : rules) {
      tab.navigate(link);
      String id = link.substring(link.lastIndexOf('/') + 1);
      assertEquals(id, tab.eval("document.querySelector('h1').textContent").asText(), "rendered markdown, not <pre>");
      assertEquals(3, tab.eval("document.querySelectorAll('h2').length").asInt(), id + ": its three sections as headings");
      assertFalse(tab.eval("document.body.innerText").asText().contains("## "), id + ": no markdown left raw");
      assertTrue(tab.eval("document.querySelectorAll('code').length").asInt() > 0, id + " shows SQL as code");
      fits(tab, link);
      for (String l : links(tab)) assertEquals(200, status(l), l + " linked from " + link);
    }
  }

  @Test
  void aReportPageShowsFindingsReferencesAndPlansAndFitsAPhone() throws Exception {
    ReportPages pages = app.running.app().reportPages();
    String id = ReportPages.newId();
    Instant now = Instant.now();
    pages.put(id, ReportPageMarkdown.render(BookingCode.enriched(),
        new ReportPageMarkdown.About("acme/booking", 7, "0123456789abcdef", now, now.plusSeconds(3600))), now.plusSeconds(3600));
    Chromium.Tab tab = chrome.open(app.url("/reports/" + id), PHONE, 812);
    String text = tab.eval("document.body.innerText").asText();
    for (String expected : new String[] {"acme/booking #7", "rename-column", "Rollback to the release running now breaks here",
        "src/main/java/app/ReservationRepository.java:3", "Phase 1 · Expand", "CREATE TRIGGER", "What was verified"}) {
      assertTrue(text.contains(expected), "missing '" + expected + "' in\n" + text);
    }
    fits(tab, "report");
    List<String> links = links(tab);
    assertTrue(links.contains(app.url("/rules/rename-column")), links.toString());
    for (String l : links) assertEquals(200, status(l), l);
    tab.eval("document.querySelector('a[href=\"../rules/rename-column\"]').click()");
    tab.navigate(app.url("/rules/rename-column")); // waits for the page the click opened
    assertEquals("rename-column", tab.eval("document.querySelector('h1').textContent").asText());
  }

  @Test
  void markupFromTheRepositoryIsShownAsTextNeverRun() throws Exception {
    ReportPages pages = app.running.app().reportPages();
    String id = ReportPages.newId();
    pages.put(id, "# Report\n\n`db/<img src=x onerror=alert(1)>.sql:1` <script>document.title='owned'</script>\n\n"
        + "<img src=x onerror=\"document.title='owned'\">\n", Instant.now().plusSeconds(60));
    Chromium.Tab tab = chrome.open(app.url("/reports/" + id), PHONE, 812);
    assertEquals(0, tab.eval("document.querySelectorAll('img, script:not(head script)').length").asInt());
    assertFalse(tab.eval("document.title").asText().contains("owned"));
    assertTrue(tab.eval("document.body.innerText").asText().contains("<img src=x onerror="));
  }

  @Test
  void unknownAndMalformedReportIdsAreNotFound() throws Exception {
    assertEquals(404, status(app.url("/reports/" + ReportPages.newId())));
    assertEquals(404, status(app.url("/reports/..%2F..%2Fetc%2Fpasswd")));
    assertEquals(404, status(app.url("/rules/no-such-rule")));
  }

  /** The document is no wider than the phone: long SQL scrolls inside its block, never the page. */
  private static void fits(Chromium.Tab tab, String what) throws Exception {
    int width = tab.eval("document.documentElement.scrollWidth").asInt();
    assertTrue(width <= PHONE, what + " is " + width + " px wide at " + PHONE + " px");
    assertEquals(PHONE, tab.eval("window.innerWidth").asInt(), "the viewport meta makes the page phone-sized");
  }

  private static List<String> links(Chromium.Tab tab) throws Exception {
    JsonNode hrefs = tab.eval("[...document.querySelectorAll('a[href]')].map(a => a.href)");
    List<String> out = new ArrayList<>();
    hrefs.forEach(h -> out.add(h.asText()));
    return out;
  }

  private int status(String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
