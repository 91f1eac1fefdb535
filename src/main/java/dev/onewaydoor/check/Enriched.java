package dev.onewaydoor.check;

import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.analysis.Report;
import dev.onewaydoor.references.ScanResult;
import java.util.Map;

/**
 * A report with its findings' details (code references and plans), keyed by finding, and
 * what the code scans could read. Renderers take this; a plain report is one with no details.
 *
 * @param baseCode the scan of the code at the base, or a scan that did not happen (with why)
 * @param headCode the scan of the code at the head
 */
public record Enriched(Report report, Map<Finding, FindingDetails> details, ScanResult baseCode,
    ScanResult headCode) {

  public Enriched {
    details = Map.copyOf(details);
  }

  /** A report whose code was not scanned. */
  public static Enriched of(Report report) {
    ScanResult none = ScanResult.notScanned("code not scanned");
    return new Enriched(report, Map.of(), none, none);
  }

  /**
   * The same review with {@code other} as its report (verified findings in place of static
   * ones): details stay with the findings that are still there.
   */
  public Enriched withReport(Report other) {
    return new Enriched(other, details, baseCode, headCode);
  }

  public FindingDetails details(Finding f) {
    return details.getOrDefault(f, FindingDetails.NONE);
  }

  /** True when any code was scanned, so "no reference found" means something. */
  public boolean scanned() {
    return baseCode.performed() || headCode.performed();
  }
}
