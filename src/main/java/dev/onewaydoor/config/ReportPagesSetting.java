package dev.onewaydoor.config;

import java.util.Locale;

/**
 * {@code REPORT_PAGES}: for which repositories a check run gets a report page at
 * {@code PUBLIC_URL/reports/<id>}. Its id is unguessable, but whoever has the link can read it,
 * so private repositories get none unless the operator says so; their check run summary then
 * carries everything.
 */
public enum ReportPagesSetting {
  /** Pages for public repositories only (the default). */
  PUBLIC,
  /** Pages for private repositories too: the operator accepts that a link reveals the findings. */
  ALL,
  /** No pages. */
  OFF;

  public boolean allows(boolean privateRepo) {
    return this == ALL || (this == PUBLIC && !privateRepo);
  }

  static ReportPagesSetting parse(String value) throws ConfigException {
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("REPORT_PAGES must be public, all or off");
    }
  }
}
