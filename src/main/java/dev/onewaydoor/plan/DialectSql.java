package dev.onewaydoor.plan;

import dev.onewaydoor.sql.Dialect;
import java.util.Set;

/**
 * The statements plans are made of, spelled for one dialect. Each method returns one or more
 * complete statements ending in {@code ;\n}. Names come from the replayed schema (lower case,
 * {@code schema.table} allowed) and are quoted only where they must be.
 */
abstract class DialectSql {
  static final int BATCH = 5000;
  private static final Set<String> RESERVED = Set.of("user", "order", "group", "select", "table", "from", "where",
      "to", "desc", "key", "limit", "offset", "check", "default", "column", "index", "primary", "references");

  abstract Dialect dialect();

  abstract char quote();

  /** MySQL's spellings for a MySQL or MariaDB history; PostgreSQL's for every other (or unknown) dialect. */
  static DialectSql of(String dialect) {
    return dialect != null && Dialect.fromName(dialect) == Dialect.MYSQL ? new MySqlSql() : new PostgresSql();
  }

  String id() {
    return dialect().id();
  }

  /** A name, quoted where needed; {@code schema.table} quotes each part. */
  String q(String name) {
    StringBuilder sb = new StringBuilder();
    for (String part : name.split("\\.")) {
      if (sb.length() > 0) sb.append('.');
      boolean plain = part.matches("[a-z_][a-z0-9_$]*") && !RESERVED.contains(part);
      sb.append(plain ? part : quote() + part.replace(String.valueOf(quote()), "" + quote() + quote()) + quote());
    }
    return sb.toString();
  }

  /** A name for an object OneWayDoor creates (trigger, function, constraint): within 63 characters. */
  static String objectName(String table, String... parts) {
    String base = table.substring(table.lastIndexOf('.') + 1);
    String name = base + "_" + String.join("_", parts);
    if (name.length() <= 63) return name;
    String hash = Integer.toHexString(name.hashCode() & 0xfffffff);
    return name.substring(0, 63 - hash.length() - 1) + "_" + hash;
  }

  static String def(String defaultValue) {
    return defaultValue == null ? "" : " DEFAULT " + defaultValue;
  }

  String addColumn(String t, String col, String type, String defaultValue) {
    return "ALTER TABLE " + q(t) + " ADD COLUMN " + q(col) + " " + type + def(defaultValue) + ";\n";
  }

  String dropColumn(String t, String col) {
    return "ALTER TABLE " + q(t) + " DROP COLUMN " + q(col) + ";\n";
  }

  String renameColumn(String t, String from, String to) {
    return "ALTER TABLE " + q(t) + " RENAME COLUMN " + q(from) + " TO " + q(to) + ";\n";
  }

  String createView(String view, String table) {
    return "CREATE VIEW " + q(view) + " AS SELECT * FROM " + q(table) + ";\n";
  }

  String dropView(String view) {
    return "DROP VIEW " + q(view) + ";\n";
  }

  abstract String renameTable(String from, String to);

  /** Gives {@code col} the NOT NULL and default it should have (nothing when it should have neither). */
  String constrain(String t, String col, String type, boolean notNull, String defaultValue) {
    return (notNull ? setNotNull(t, col, type, null) : "")
        + (defaultValue != null ? setDefault(t, col, type, notNull, defaultValue) : "");
  }

  /** Takes NOT NULL and the default off {@code col}, so a trigger can fill it. */
  String unconstrain(String t, String col, String type, boolean notNull, String defaultValue) {
    return (defaultValue != null ? dropDefault(t, col, type, notNull) : "")
        + (notNull ? dropNotNull(t, col, type, null) : "");
  }

  /** Makes {@code col} NOT NULL without holding a long lock where the dialect allows. */
  abstract String setNotNull(String t, String col, String type, String defaultValue);

  abstract String dropNotNull(String t, String col, String type, String defaultValue);

  abstract String setDefault(String t, String col, String type, boolean notNull, String defaultValue);

  abstract String dropDefault(String t, String col, String type, boolean notNull);

  /** Keeps {@code a} and {@code b} equal on every write, whichever one the writer knows. */
  abstract String createRenameSync(String t, String a, String b);

  abstract String dropRenameSync(String t, String a, String b);

  /** Keeps {@code to} equal to {@code from} converted to {@code toType} on every write; NULL where it does not convert. */
  abstract String createConvertSync(String t, String from, String fromType, String to, String toType);

  abstract String dropConvertSync(String t, String from, String fromType, String to, String toType);

  /** Copies {@code source} into {@code target} for rows where they differ, in batches. */
  abstract String backfillCopy(String t, String target, String source);

  /** Fills {@code target} with {@code from} converted, in batches. */
  abstract String backfillConvert(String t, String from, String fromType, String to, String toType);

  /** {@code expr} as {@code type}, for checks comparing old and new values. */
  abstract String cast(String expr, String type);
}
