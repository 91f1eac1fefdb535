package dev.onewaydoor.analysis;

import dev.onewaydoor.analysis.ColumnType.IntegerRank;
import java.util.Map;
import java.util.Set;

/**
 * Classifies a column type change by what it does to existing values and to the previous
 * application version: {@code int → bigint} keeps every value, {@code varchar(255) →
 * varchar(50)} can cut them, {@code int → text} keeps them but changes what the old code reads.
 */
public enum TypeChange {
  /** The same type spelled differently. */
  SAME,
  /** Every old value fits the new type and reads back the same. */
  WIDENING,
  /** Some old values cannot be represented: they are cut, rounded or refused. */
  LOSSY,
  /** Values survive, but the previous application version reads a different type. */
  INCOMPATIBLE,
  /** The type before the change is not known. */
  UNKNOWN;

  /** Text types and the longest value each can hold; -1 means unbounded. */
  private static final Map<String, Long> TEXT_LIMITS = Map.of(
      "text", -1L, "citext", -1L, "tinytext", 255L, "mediumtext", 16_777_215L,
      "longtext", -1L, "clob", -1L, "string", -1L);
  private static final Set<String> LENGTH_TYPES = Set.of("varchar", "char", "bpchar");
  private static final Set<String> FLOATS = Set.of("real", "double precision");

  /** MySQL's binary and text families by the longest value each holds. */
  private static final Map<String, Long> MYSQL_LOBS = Map.of(
      "tinyblob", 255L, "blob", 65_535L, "mediumblob", 16_777_215L, "longblob", 4_294_967_295L,
      "tinytext", 255L, "text", 65_535L, "mediumtext", 16_777_215L, "longtext", 4_294_967_295L);
  private static final Set<String> BINARY = Set.of("tinyblob", "blob", "mediumblob", "longblob", "bytea",
      "varbinary", "binary");

  /** Classifies the change from {@code from} to {@code to} as PostgreSQL reads types. */
  public static TypeChange classify(String from, String to) {
    return classify(from, to, Dialects.POSTGRESQL);
  }

  /** Classifies the change from {@code from} to {@code to}; both are normalised types or null. */
  public static TypeChange classify(String from, String to, String dialect) {
    if (from == null || to == null) return UNKNOWN;
    if (from.equals(to)) return SAME;
    String fb = ColumnType.base(from);
    String tb = ColumnType.base(to);
    if (Dialects.mysql(dialect) && MYSQL_LOBS.containsKey(fb) && MYSQL_LOBS.containsKey(tb)
        && BINARY.contains(fb) == BINARY.contains(tb)) {
      return byLength(MYSQL_LOBS.get(fb), MYSQL_LOBS.get(tb));
    }
    if (fb.equals("uuid") && isText(tb)) {
      // A uuid prints as 36 characters: it fits, but the previous version reads another type.
      long limit = textLimit(to);
      return limit < 0 || limit >= 36 ? INCOMPATIBLE : LOSSY;
    }
    if (isText(fb) && isText(tb)) return byLength(textLimit(from), textLimit(to));
    if (IntegerRank.of(fb) > 0 && IntegerRank.of(tb) > 0) {
      return IntegerRank.of(tb) >= IntegerRank.of(fb) ? WIDENING : LOSSY;
    }
    if (IntegerRank.of(fb) > 0 && tb.equals("numeric")) {
      int[] a = ColumnType.args(to);
      if (a.length == 0) return WIDENING;
      int intDigits = a[0] - (a.length > 1 ? a[1] : 0);
      return intDigits >= IntegerRank.digits(fb) ? WIDENING : LOSSY;
    }
    if (fb.equals("numeric") && tb.equals("numeric")) return numeric(from, to);
    if ((fb.equals("enum") || fb.equals("set")) && fb.equals(tb)) return enumValues(from, to);
    if (fb.equals("numeric") && (IntegerRank.of(tb) > 0 || FLOATS.contains(tb))) return LOSSY;
    if (FLOATS.contains(fb) && FLOATS.contains(tb)) return tb.equals("double precision") ? WIDENING : LOSSY;
    if (FLOATS.contains(fb) && (IntegerRank.of(tb) > 0 || tb.equals("numeric"))) return LOSSY;
    if (IntegerRank.of(fb) > 0 && FLOATS.contains(tb)) {
      int maxRank = tb.equals("real") ? IntegerRank.of("smallint") : IntegerRank.of("integer");
      return IntegerRank.of(fb) <= maxRank ? INCOMPATIBLE : LOSSY;
    }
    if (fb.equals(tb) && (fb.startsWith("timestamp") || fb.startsWith("time"))) {
      return precisionChange(from, to);
    }
    if (fb.startsWith("timestamptz") && tb.equals("timestamp")) return LOSSY;
    // timestamp → timestamptz reads the values in the session's zone: nothing is cut, and the
    // previous version's reads and writes convert implicitly.
    if (fb.equals("timestamp") && tb.equals("timestamptz")) return precisionChange(from, to);
    if ((fb.startsWith("timestamp")) && tb.equals("date")) return LOSSY;
    if (fb.equals("date") && tb.startsWith("timestamp")) return INCOMPATIBLE;
    if (isText(tb)) {
      // Any value prints as text; a bounded text type may still cut long renderings.
      long limit = textLimit(to);
      return limit < 0 || limit >= 64 ? INCOMPATIBLE : LOSSY;
    }
    // Text that is not a valid number, date, uuid or enum label makes the cast fail: nothing is
    // cut, but the previous version reads and writes another type.
    if (isText(fb)) return INCOMPATIBLE;
    if (tb.equals("boolean")) return LOSSY;
    return INCOMPATIBLE;
  }

  private static boolean isText(String base) {
    return TEXT_LIMITS.containsKey(base) || LENGTH_TYPES.contains(base);
  }

  private static long textLimit(String type) {
    String b = ColumnType.base(type);
    if (TEXT_LIMITS.containsKey(b)) return TEXT_LIMITS.get(b);
    int[] a = ColumnType.args(type);
    if (a.length == 0) return b.equals("varchar") ? -1 : 1; // char without length is char(1)
    return a[0];
  }

  private static TypeChange byLength(long from, long to) {
    if (to < 0) return WIDENING;
    if (from < 0) return LOSSY;
    return to >= from ? WIDENING : LOSSY;
  }

  private static TypeChange numeric(String from, String to) {
    int[] f = ColumnType.args(from);
    int[] t = ColumnType.args(to);
    if (t.length == 0) return WIDENING;
    if (f.length == 0) return LOSSY;
    int fs = f.length > 1 ? f[1] : 0;
    int ts = t.length > 1 ? t[1] : 0;
    return t[0] - ts >= f[0] - fs && ts >= fs ? WIDENING : LOSSY;
  }

  /** MySQL ENUM/SET: adding values widens; dropping one cuts rows that hold it. */
  private static TypeChange enumValues(String from, String to) {
    java.util.Set<String> before = values(from);
    java.util.Set<String> after = values(to);
    return after.containsAll(before) ? WIDENING : LOSSY;
  }

  private static java.util.Set<String> values(String type) {
    java.util.Set<String> out = new java.util.HashSet<>();
    int open = type.indexOf('(');
    int close = type.lastIndexOf(')');
    if (open < 0 || close < open) return out;
    for (String v : type.substring(open + 1, close).split(",")) out.add(v.strip());
    return out;
  }

  private static TypeChange precisionChange(String from, String to) {
    int[] f = ColumnType.args(from);
    int[] t = ColumnType.args(to);
    int fp = f.length == 0 ? 6 : f[0];
    int tp = t.length == 0 ? 6 : t[0];
    return tp >= fp ? WIDENING : LOSSY;
  }
}
