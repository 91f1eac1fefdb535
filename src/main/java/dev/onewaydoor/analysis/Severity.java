package dev.onewaydoor.analysis;

import java.util.Locale;

/** How loudly a finding is reported. Whether it blocks the merge is a separate flag. */
public enum Severity {
  ERROR, WARNING, INFO;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code error}, {@code warning} or {@code info}; throws on anything else. */
  public static Severity parse(String value) {
    for (Severity s : values()) {
      if (s.id().equals(value)) return s;
    }
    throw new IllegalArgumentException("unknown severity '" + value + "' (expected error, warning or info)");
  }
}
