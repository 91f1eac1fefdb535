package dev.onewaydoor.plan;

import dev.onewaydoor.sql.Dialect;

/**
 * MySQL (8.0) spellings: one-statement triggers (no {@code DELIMITER} needed), column changes
 * with {@code MODIFY} (which restates the whole column), and backfills as one batch to repeat
 * until it changes no row.
 */
final class MySqlSql extends DialectSql {
  @Override
  Dialect dialect() {
    return Dialect.MYSQL;
  }

  @Override
  char quote() {
    return '`';
  }

  @Override
  String renameTable(String from, String to) {
    return "RENAME TABLE " + q(from) + " TO " + q(to) + ";\n";
  }

  @Override
  String setNotNull(String t, String col, String type, String defaultValue) {
    return modify(t, col, type, true, defaultValue);
  }

  @Override
  String dropNotNull(String t, String col, String type, String defaultValue) {
    return modify(t, col, type, false, defaultValue);
  }

  @Override
  String setDefault(String t, String col, String type, boolean notNull, String defaultValue) {
    return "ALTER TABLE " + q(t) + " ALTER COLUMN " + q(col) + " SET DEFAULT " + defaultValue + ";\n";
  }

  @Override
  String dropDefault(String t, String col, String type, boolean notNull) {
    return "ALTER TABLE " + q(t) + " ALTER COLUMN " + q(col) + " DROP DEFAULT;\n";
  }

  @Override
  String constrain(String t, String col, String type, boolean notNull, String defaultValue) {
    return notNull || defaultValue != null ? modify(t, col, type, notNull, defaultValue) : "";
  }

  @Override
  String unconstrain(String t, String col, String type, boolean notNull, String defaultValue) {
    return notNull || defaultValue != null ? modify(t, col, type, false, null) : "";
  }

  private String modify(String t, String col, String type, boolean notNull, String defaultValue) {
    return "ALTER TABLE " + q(t) + " MODIFY COLUMN " + q(col) + " " + type + (notNull ? " NOT NULL" : " NULL")
        + def(defaultValue) + ";\n";
  }

  @Override
  String createRenameSync(String t, String a, String b) {
    String na = "NEW." + q(a);
    String nb = "NEW." + q(b);
    return "CREATE TRIGGER " + q(objectName(t, a, b, "sync_insert")) + " BEFORE INSERT ON " + q(t)
        + " FOR EACH ROW SET " + na + " = IF(" + nb + " IS NULL, " + na + ", " + nb + "), "
        + nb + " = COALESCE(" + nb + ", " + na + ");\n"
        + "CREATE TRIGGER " + q(objectName(t, a, b, "sync_update")) + " BEFORE UPDATE ON " + q(t)
        + " FOR EACH ROW SET " + nb + " = IF(NOT (" + na + " <=> OLD." + q(a) + "), " + na + ", " + nb + "), "
        + na + " = IF(NOT (" + nb + " <=> OLD." + q(b) + ") AND (" + na + " <=> OLD." + q(a) + "), " + nb + ", "
        + na + ");\n";
  }

  @Override
  String dropRenameSync(String t, String a, String b) {
    return "DROP TRIGGER " + q(objectName(t, a, b, "sync_insert")) + ";\n"
        + "DROP TRIGGER " + q(objectName(t, a, b, "sync_update")) + ";\n";
  }

  @Override
  String createConvertSync(String t, String from, String fromType, String to, String toType) {
    String set = " FOR EACH ROW SET NEW." + q(to) + " = " + cast("NEW." + q(from), toType) + ";\n";
    return "CREATE TRIGGER " + q(objectName(t, from, to, "sync_insert")) + " BEFORE INSERT ON " + q(t) + set
        + "CREATE TRIGGER " + q(objectName(t, from, to, "sync_update")) + " BEFORE UPDATE ON " + q(t) + set;
  }

  @Override
  String dropConvertSync(String t, String from, String fromType, String to, String toType) {
    return dropRenameSync(t, from, to);
  }

  @Override
  String backfillCopy(String t, String target, String source) {
    return "-- repeat until it changes 0 rows:\nUPDATE " + q(t) + " SET " + q(target) + " = " + q(source)
        + " WHERE NOT (" + q(target) + " <=> " + q(source) + ") LIMIT " + BATCH + ";\n";
  }

  @Override
  String backfillConvert(String t, String from, String fromType, String to, String toType) {
    String converted = cast(q(from), toType);
    return "-- repeat until it changes 0 rows:\nUPDATE " + q(t) + " SET " + q(to) + " = " + converted
        + " WHERE NOT (" + q(to) + " <=> " + converted + ") LIMIT " + BATCH + ";\n";
  }

  /** CAST to the nearest type MySQL's CAST knows, so a value that does not fit is cut rather than rejected. */
  @Override
  String cast(String expr, String type) {
    String base = type.replaceAll("\\(.*", "").trim();
    String args = type.contains("(") ? type.substring(type.indexOf('(')) : "";
    switch (base) {
      case "varchar": case "char": case "text": case "tinytext": case "mediumtext": case "longtext":
        return "CAST(" + expr + " AS CHAR" + args + ")";
      case "decimal": case "numeric": return "CAST(" + expr + " AS DECIMAL" + args + ")";
      case "tinyint": case "smallint": case "mediumint": case "integer": case "int": case "bigint":
        return "CAST(" + expr + " AS SIGNED)";
      case "date": case "datetime": case "time": case "json": return "CAST(" + expr + " AS " + base.toUpperCase() + ")";
      default: return expr;
    }
  }
}
