package dev.onewaydoor.analysis;

import java.math.BigInteger;
import java.util.Comparator;

/**
 * Orders migration versions the way migration tools do: numeric parts compare as numbers
 * ({@code 1.10} after {@code 1.9}; {@code 20240101120000} as one number), others as text.
 */
public final class Versions {
  public static final Comparator<String> ORDER = Versions::compare;

  private Versions() {}

  public static int compare(String a, String b) {
    String[] pa = a.split("[._-]");
    String[] pb = b.split("[._-]");
    for (int i = 0; i < Math.max(pa.length, pb.length); i++) {
      String x = i < pa.length ? pa[i] : "0";
      String y = i < pb.length ? pb[i] : "0";
      int c = isNumber(x) && isNumber(y) ? new BigInteger(x).compareTo(new BigInteger(y)) : x.compareTo(y);
      if (c != 0) return c;
    }
    return 0;
  }

  private static boolean isNumber(String s) {
    if (s.isEmpty()) return false;
    for (int i = 0; i < s.length(); i++) if (!Character.isDigit(s.charAt(i))) return false;
    return true;
  }
}
