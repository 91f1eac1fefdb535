package dev.onewaydoor.analysis;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Words that say a script cannot be run: "irreversible", "cannot be undone", RAISE EXCEPTION,
 * SIGNAL SQLSTATE. Frontends look for them in comments and in statements that raise at top
 * level, not in function bodies a down re-creates.
 */
public final class Markers {
  /** Matched against lower-cased text: a case-insensitive pattern is several times slower. */
  private static final Pattern IRREVERSIBLE = Pattern.compile("\\birreversible\\b|\\bnot\\s+reversible\\b"
      + "|\\bcan(?:not|'t)\\s+be\\s+(?:reverted|undone|rolled\\s+back|reversed)\\b|\\braise\\s+exception\\b"
      + "|\\bsignal\\s+sqlstate\\b|\\brollback\\s+(?:is\\s+)?not\\s+(?:possible|supported)\\b");

  private Markers() {}

  /** True when {@code text} (a comment, a DO block) says the script cannot be run. */
  public static boolean irreversible(String text) {
    if (text == null) return false;
    String lower = text.toLowerCase(Locale.ROOT);
    return mayMark(lower) && IRREVERSIBLE.matcher(lower).find();
  }

  /** A cheap first look: the case-insensitive pattern is slow on long scripts that hold none of its words. */
  private static boolean mayMark(String lower) {
    return lower.contains("reversible") || lower.contains(" be ") || lower.contains("exception")
        || lower.contains("sqlstate") || lower.contains("rollback");
  }
}
