package dev.onewaydoor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.check.Enriched;
import dev.onewaydoor.testing.BookingCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The check run's summary and text under a size limit: what moves below, and what is said about it. */
class CheckRunOutputTest {
  private static final Enriched BOOKING = BookingCode.enriched();
  private static final Verdict VERDICT = Verdict.of(BOOKING.report(), AckState.NONE, "rollback-not-possible");
  private final CheckRunRenderer renderer = new CheckRunRenderer();

  private CheckRunRenderer.Output at(int max) {
    return renderer.output(VERDICT, BOOKING, List.of(), null, max);
  }

  @Test
  void everythingInTheSummaryWhenItFits() {
    CheckRunRenderer.Output all = at(65_535);
    assertEquals("", all.text());
    assertTrue(all.summary().contains("<details><summary>Expand–contract plan (postgresql, 3 phases)</summary>"));
    assertTrue(all.summary().contains("<details><summary>Code that uses <code>reservations.booking_ref</code>: "
        + "2 places at the base (the release running now), 1 place at the head</summary>"), all.summary());
    assertTrue(all.summary().contains("<details><summary>Code scanned</summary>"));
  }

  @Test
  void plansMoveBelowFirstThenReferences() {
    int full = at(65_535).summary().length();
    CheckRunRenderer.Output noPlans = at(full - 1);
    assertTrue(noPlans.summary().length() < full);
    assertFalse(noPlans.summary().contains("Expand–contract plan ("));
    assertTrue(noPlans.summary().contains("Code that uses <code>reservations.booking_ref</code>"));
    assertTrue(noPlans.summary().contains("The expand–contract plans follow below this summary"));
    assertEquals(2, count(noPlans.text(), "Expand–contract plan (postgresql, 3 phases)"), noPlans.text());
    assertTrue(noPlans.text().startsWith("### ⛔ `rename-column` · `db/migration/V2__rename.sql:1`\n\n<details>"));

    CheckRunRenderer.Output bare = at(noPlans.summary().length() - 1);
    assertFalse(bare.summary().contains("Code that uses"));
    assertTrue(bare.summary().contains("The code references and plans follow below this summary"));
    assertTrue(bare.text().startsWith("### ⛔ `head-references-removed` · `db/migration/V2__rename.sql:1`\n\n"
        + "<details><summary>Code that uses <code>reservations.booking_ref</code>: 1 place at the head"), bare.text());
    assertEquals(3, count(bare.summary(), "### ⛔"), "every finding stays in the summary");
  }

  @Test
  void whatDoesNotFitTheTextEitherIsCountedAndPointedTo() {
    String tight = CheckRunText.details(BOOKING, true, null, 3_000);
    assertTrue(tight.length() <= 3_000);
    assertTrue(tight.startsWith("### ⛔ `head-references-removed`"), "the first finding's details fit: " + tight);
    assertTrue(tight.endsWith("The details of 2 more findings do not fit here: `onewaydoor check --format markdown` "
        + "prints them all."), tight);
    String withPage = CheckRunText.details(BOOKING, true, "https://x.example/reports/abc", 3_000);
    assertTrue(withPage.endsWith("the full report has them (https://x.example/reports/abc)."), withPage);
    assertEquals(3, count(CheckRunText.details(BOOKING, true, null, 65_535), "### ⛔"), "all fit in 65,535");
  }

  @Test
  void aReportWithoutCodeOrPlansRendersAsBefore() {
    Enriched plain = Enriched.of(BOOKING.report());
    CheckRunRenderer.Output o = renderer.output(VERDICT, plain, List.of(), null, 65_535);
    assertEquals(renderer.summary(VERDICT, plain.report(), List.of()), o.summary());
    assertEquals("", o.text());
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) n++;
    return n;
  }
}
