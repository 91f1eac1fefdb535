package dev.onewaydoor.migrations;

import dev.onewaydoor.sql.Dialect;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * gobuffalo/pop and ory/popx: {@code <version>_<name>[.<dialect>][.autocommit].(up|down).sql}.
 * A folder holds one history per dialect suffix it uses; for each version and dialect the
 * dialect's own file is run, else the generic one (no suffix), for ups and downs alike. popx
 * versions have 20 digits: a 14-digit timestamp and a 6-digit step, and the steps of one
 * timestamp are applied and rolled back together.
 */
final class PopLayout {
  private static final Pattern FILE = Pattern.compile(
      "^(\\d{14,20})_(.+?)(?:\\.(postgres|mysql|sqlite3|sqlite|cockroach|mariadb))?(?:\\.autocommit)?\\.(up|down)\\.sql$");

  private PopLayout() {}

  /** Returns the pop migrations of every pop folder among {@code files}, marking the files it took. */
  static List<RawMigration> discover(List<SourceFile> files, Set<String> used) {
    Map<String, List<SourceFile>> byDir = new TreeMap<>();
    for (SourceFile f : files) {
      if (FILE.matcher(f.name()).matches()) byDir.computeIfAbsent(f.dir(), d -> new ArrayList<>()).add(f);
    }
    List<RawMigration> out = new ArrayList<>();
    for (List<SourceFile> dir : byDir.values()) {
      if (!isPop(dir)) continue;
      out.addAll(folder(dir));
      for (SourceFile f : dir) used.add(f.path());
    }
    return out;
  }

  /** A dialect suffix or a 20-digit version says pop; plain {@code 0001_x.up.sql} is golang-migrate. */
  private static boolean isPop(List<SourceFile> dir) {
    for (SourceFile f : dir) {
      Matcher m = FILE.matcher(f.name());
      if (m.matches() && (m.group(3) != null || m.group(1).length() == 20)) return true;
    }
    return false;
  }

  private static List<RawMigration> folder(List<SourceFile> dir) {
    Map<String, Version> versions = new TreeMap<>();
    Set<Dialect> dialects = new LinkedHashSet<>();
    for (SourceFile f : dir) {
      Matcher m = FILE.matcher(f.name());
      m.matches();
      Dialect d = m.group(3) == null ? null : Dialect.fromName(m.group(3));
      if (d != null) dialects.add(d);
      Version v = versions.computeIfAbsent(m.group(1), k -> new Version(m.group(2)));
      (m.group(4).equals("up") ? v.ups : v.downs).put(d == null ? "" : d.id(), f);
    }
    List<RawMigration> out = new ArrayList<>();
    for (Map.Entry<String, Version> e : versions.entrySet()) {
      String version = e.getKey();
      Version v = e.getValue();
      if (dialects.isEmpty()) {
        out.add(migration(version, v, null, ""));
        continue;
      }
      for (Dialect d : dialects) out.add(migration(version, v, d, d.id()));
    }
    out.removeIf(r -> r == null);
    return out;
  }

  private static RawMigration migration(String version, Version v, Dialect d, String key) {
    SourceFile up = v.ups.getOrDefault(key, v.ups.get(""));
    if (up == null) return null;
    SourceFile down = v.downs.getOrDefault(key, v.downs.get(""));
    boolean shared = d != null && !v.ups.containsKey(key);
    String id = shared ? up.path() + "#" + d.id() : up.path();
    String group = (version.length() == 20 ? version.substring(0, 14) : version) + "/" + key;
    return new RawMigration(id, Framework.POP, version, v.name, false, true, true, MigrationLayout.script(up),
        down == null ? null : MigrationLayout.script(down), d, group, false);
  }

  /** The files of one version, by dialect id ("" for the generic file). */
  private static final class Version {
    final String name;
    final Map<String, SourceFile> ups = new TreeMap<>();
    final Map<String, SourceFile> downs = new TreeMap<>();

    Version(String name) {
      this.name = name;
    }
  }
}
