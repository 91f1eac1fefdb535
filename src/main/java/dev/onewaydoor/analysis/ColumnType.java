package dev.onewaydoor.analysis;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises SQL type names to one spelling per type ({@code character varying(20)} →
 * {@code varchar(20)}, {@code int4} → {@code integer}) so that types from different
 * migrations, dialects and authors compare equal when they are equal.
 */
public final class ColumnType {
  private static final Map<String, String> ALIASES = Map.ofEntries(
      Map.entry("character varying", "varchar"), Map.entry("char varying", "varchar"),
      Map.entry("character", "char"), Map.entry("nchar", "char"), Map.entry("nvarchar", "varchar"),
      Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("serial", "integer"),
      Map.entry("serial4", "integer"), Map.entry("int8", "bigint"), Map.entry("bigserial", "bigint"),
      Map.entry("serial8", "bigint"), Map.entry("int2", "smallint"), Map.entry("smallserial", "smallint"),
      Map.entry("serial2", "smallint"), Map.entry("bool", "boolean"),
      Map.entry("timestamp with time zone", "timestamptz"),
      Map.entry("timestamp without time zone", "timestamp"), Map.entry("time with time zone", "timetz"),
      Map.entry("time without time zone", "time"), Map.entry("float8", "double precision"),
      Map.entry("double", "double precision"), Map.entry("float4", "real"), Map.entry("float", "double precision"),
      Map.entry("decimal", "numeric"), Map.entry("dec", "numeric"), Map.entry("integer unsigned", "bigint"),
      Map.entry("int unsigned", "bigint"));
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern ZONED = Pattern.compile("^(timestamp|time)\\((\\d+)\\) (with|without) time zone$");
  private static final Pattern SHAPE = Pattern.compile("^([a-z_][a-z0-9_ ]*?)\\s*(?:\\((.*)\\))?\\s*((?:\\[\\])*)$");

  private ColumnType() {}

  /** Returns the canonical spelling of {@code raw}, or {@code raw} lower-cased when unknown. */
  public static String normalize(String raw) {
    String s = raw.trim().toLowerCase(Locale.ROOT);
    s = tightenPunctuation(SPACES.matcher(s).replaceAll(" "));
    if (s.startsWith("public.")) s = s.substring(7); // the default schema: public.my_enum is my_enum
    if (s.endsWith(" zone") && s.contains("(")) {
      // timestamp(3) with time zone → timestamptz(3)
      Matcher m = ZONED.matcher(s);
      if (m.matches()) {
        String base = ALIASES.get(m.group(1) + " " + m.group(3) + " time zone");
        return base + "(" + m.group(2) + ")";
      }
    }
    Matcher m = SHAPE.matcher(s);
    if (!m.matches()) return s;
    String base = m.group(1).trim();
    String args = m.group(2);
    String array = m.group(3);
    base = ALIASES.getOrDefault(base, base);
    if (args != null && isIntegerFamily(base)) args = null; // MySQL display width: int(11)
    return base + (args == null ? "" : "(" + args + ")") + array;
  }

  /** Drops the single spaces around {@code (} and {@code ,} and before {@code )}. */
  private static String tightenPunctuation(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        char prev = i > 0 ? s.charAt(i - 1) : '(';
        char next = i + 1 < s.length() ? s.charAt(i + 1) : ')';
        if (prev == '(' || prev == ',' || prev == '.' || next == '(' || next == ')' || next == ',' || next == '.') continue;
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** The name without arguments: {@code varchar(20)} → {@code varchar}. */
  public static String base(String type) {
    int paren = type.indexOf('(');
    String b = paren < 0 ? type : type.substring(0, paren);
    return b.endsWith("[]") ? b : b.trim();
  }

  /** The numeric arguments of a type, e.g. {@code [10, 2]} for numeric(10,2); empty when none. */
  public static int[] args(String type) {
    int open = type.indexOf('(');
    int close = type.lastIndexOf(')');
    if (open < 0 || close < open) return new int[0];
    String[] parts = type.substring(open + 1, close).split(",");
    int[] out = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        out[i] = Integer.parseInt(parts[i].trim());
      } catch (NumberFormatException e) {
        return new int[0];
      }
    }
    return out;
  }

  static boolean isIntegerFamily(String base) {
    return IntegerRank.of(base) > 0;
  }

  /** Integer types by width. */
  static final class IntegerRank {
    private IntegerRank() {}

    static int of(String base) {
      switch (base) {
        case "tinyint": return 1;
        case "smallint": return 2;
        case "mediumint": return 3;
        case "integer": return 4;
        case "bigint": return 5;
        default: return 0;
      }
    }

    /** Decimal digits an integer type can need. */
    static int digits(String base) {
      switch (base) {
        case "tinyint": return 3;
        case "smallint": return 5;
        case "mediumint": return 8;
        case "integer": return 10;
        default: return 19;
      }
    }
  }
}
