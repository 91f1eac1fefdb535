package dev.onewaydoor.analysis;

import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * Orders migration versions the way migration tools do: numeric parts compare as numbers
 * ({@code 1.10} after {@code 1.9}; {@code 20240101120000} as one number), others as text.
 */
public final class Versions {
  public static final Comparator<String> ORDER = Versions::compare;
  private static final Pattern SEPARATORS = Pattern.compile("[._-]");

  private Versions() {}

  /** Splits a version into the parts {@link #compareParts} compares; split once when sorting. */
  public static String[] parts(String version) {
    return SEPARATORS.split(version);
  }

  public static int compare(String a, String b) {
    return compareParts(parts(a), parts(b));
  }

  public static int compareParts(String[] pa, String[] pb) {
    for (int i = 0; i < Math.max(pa.length, pb.length); i++) {
      String x = i < pa.length ? pa[i] : "0";
      String y = i < pb.length ? pb[i] : "0";
      int c = isNumber(x) && isNumber(y) ? compareNumbers(x, y) : x.compareTo(y);
      if (c != 0) return c;
    }
    return 0;
  }

  /** Compares digit strings of any length as numbers, without parsing them. */
  private static int compareNumbers(String x, String y) {
    x = stripZeros(x);
    y = stripZeros(y);
    return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
  }

  private static String stripZeros(String s) {
    int i = 0;
    while (i < s.length() - 1 && s.charAt(i) == '0') i++;
    return s.substring(i);
  }

  private static boolean isNumber(String s) {
    if (s.isEmpty()) return false;
    for (int i = 0; i < s.length(); i++) if (!Character.isDigit(s.charAt(i))) return false;
    return true;
  }
}
