package dev.onewaydoor.verify;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the current MySQL/MariaDB database from {@code information_schema} into a
 * {@link Snapshot}: tables, columns, keys and foreign keys, indexes, views, triggers, routines.
 */
final class MariaCatalog {
  private static final Pattern ENUM_LABEL = Pattern.compile("'((?:[^']|'')*)'");

  private MariaCatalog() {}

  static Snapshot read(Connection c, MariaDialect dialect) throws SQLException {
    TreeMap<String, String> objects = new TreeMap<>();
    Map<String, List<String>> keys = new LinkedHashMap<>();
    Map<String, String[]> refs = new LinkedHashMap<>();
    Map<String, List<Snapshot.Column>> columns = new LinkedHashMap<>();
    try (Statement st = c.createStatement()) {
      try (ResultSet rs = st.executeQuery("SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME,"
          + " k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE k"
          + " WHERE k.TABLE_SCHEMA = DATABASE() ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION")) {
        Map<String, StringBuilder> defs = new LinkedHashMap<>();
        while (rs.next()) {
          String key = rs.getString(1) + "." + rs.getString(2);
          String ref = rs.getString(4) == null ? "" : " -> " + rs.getString(4) + "." + rs.getString(5);
          defs.computeIfAbsent(key, k -> new StringBuilder()).append(rs.getString(3)).append(ref).append("; ");
          if ("PRIMARY".equals(rs.getString(2))) keys.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(3));
          if (rs.getString(4) != null) refs.put(rs.getString(1) + "." + rs.getString(3), new String[] {rs.getString(4), rs.getString(5)});
        }
        defs.forEach((k, v) -> objects.put("constraint " + k, v.toString().trim()));
      }
      try (ResultSet rs = st.executeQuery("SELECT c.TABLE_NAME, c.COLUMN_NAME, c.COLUMN_TYPE, c.IS_NULLABLE,"
          + " c.COLUMN_DEFAULT, c.EXTRA, c.DATA_TYPE, COALESCE(c.CHARACTER_MAXIMUM_LENGTH, 0)"
          + " FROM information_schema.COLUMNS c JOIN information_schema.TABLES t"
          + " ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME AND t.TABLE_TYPE = 'BASE TABLE'"
          + " WHERE c.TABLE_SCHEMA = DATABASE() ORDER BY c.TABLE_NAME, c.ORDINAL_POSITION")) {
        while (rs.next()) {
          String table = rs.getString(1);
          String col = rs.getString(2);
          String type = rs.getString(3);
          boolean notNull = "NO".equals(rs.getString(4));
          String def = rs.getString(5);
          if (def != null && def.equalsIgnoreCase("NULL")) def = null; // MariaDB spells "no default" this way
          String extra = rs.getString(6) == null ? "" : rs.getString(6).toLowerCase(java.util.Locale.ROOT);
          boolean generated = extra.contains("auto_increment") || extra.contains("generated") && !extra.contains("default_generated");
          objects.put("table " + table, "table");
          objects.put("column " + table + "." + col, type + (notNull ? " not null" : " null")
              + (def == null ? "" : " default " + def) + (extra.isEmpty() ? "" : " " + extra));
          List<String> labels = new ArrayList<>();
          if (type.toLowerCase(java.util.Locale.ROOT).startsWith("enum(")) {
            Matcher m = ENUM_LABEL.matcher(type);
            while (m.find()) labels.add(m.group(1).replace("''", "'"));
          }
          columns.computeIfAbsent(table, t -> new ArrayList<>()).add(new Snapshot.Column(col, type, notNull,
              def != null, generated, MariaDialect.kind(rs.getString(7), type),
              (int) Math.min(Integer.MAX_VALUE, rs.getLong(8)), List.copyOf(labels), refs.get(table + "." + col)));
        }
      }
      others(st, objects);
    }
    Map<String, Snapshot.Table> tables = new LinkedHashMap<>();
    columns.forEach((t, cols) -> tables.put(t, new Snapshot.Table(t, dialect.quote(t), List.copyOf(cols),
        List.copyOf(keys.getOrDefault(t, List.of())))));
    return new Snapshot(objects, tables);
  }

  private static void others(Statement st, TreeMap<String, String> objects) throws SQLException {
    String[] queries = {
        "SELECT 'index', CONCAT(TABLE_NAME, '.', INDEX_NAME), CONCAT(IF(NON_UNIQUE = 0, 'unique ', ''),"
            + " GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX SEPARATOR ', ')) FROM information_schema.STATISTICS"
            + " WHERE TABLE_SCHEMA = DATABASE() GROUP BY TABLE_NAME, INDEX_NAME, NON_UNIQUE",
        "SELECT 'view', TABLE_NAME, VIEW_DEFINITION FROM information_schema.VIEWS WHERE TABLE_SCHEMA = DATABASE()",
        "SELECT 'trigger', CONCAT(EVENT_OBJECT_TABLE, '.', TRIGGER_NAME), CONCAT(ACTION_TIMING, ' ',"
            + " EVENT_MANIPULATION, ' ', MD5(ACTION_STATEMENT)) FROM information_schema.TRIGGERS"
            + " WHERE TRIGGER_SCHEMA = DATABASE()",
        "SELECT 'function', ROUTINE_NAME, CONCAT(ROUTINE_TYPE, ' ', MD5(COALESCE(ROUTINE_DEFINITION, '')))"
            + " FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE()"};
    for (String q : queries) {
      try (ResultSet rs = st.executeQuery(q)) {
        while (rs.next()) objects.put(rs.getString(1) + " " + rs.getString(2), rs.getString(3));
      }
    }
  }
}
