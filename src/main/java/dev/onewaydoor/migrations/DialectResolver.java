package dev.onewaydoor.migrations;

import dev.onewaydoor.sql.Dialect;
import dev.onewaydoor.sql.DialectEvidence;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides each migration's dialect, in order: the config; the layout (a pop {@code .mysql.}
 * file); the path ({@code mysql/}, {@code postgres/}, {@code .sqlite3.}); the code's own
 * evidence ({@code $$}, {@code ::} or backticks, read outside comments and strings); else the
 * dialect most files of the same folder show; else PostgreSQL. Says in notes where it had to
 * assume.
 */
final class DialectResolver {
  private final Map<RawMigration, Dialect> decided = new IdentityHashMap<>();
  private final List<String> notes = new ArrayList<>();

  private DialectResolver() {}

  /** The dialect of each migration, and notes on the ones that had to be assumed. */
  static DialectResolver resolve(List<RawMigration> raws, Dialect configured) {
    DialectResolver r = new DialectResolver();
    List<RawMigration> open = new ArrayList<>();
    for (RawMigration raw : raws) {
      Dialect d = configured != null ? configured : raw.dialect() != null ? raw.dialect() : fromPath(raw.up().file());
      if (d == null) d = r.fromContent(raw);
      if (d != null) r.decided.put(raw, d);
      else open.add(raw);
    }
    r.assume(open);
    return r;
  }

  Dialect of(RawMigration raw) {
    return decided.get(raw);
  }

  List<String> notes() {
    return notes;
  }

  /** The deepest folder or file-name part that names a dialect: {@code db/mysql/V1__x.sql}, {@code x.sqlite3.up.sql}. */
  static Dialect fromPath(String path) {
    String[] segments = path.split("/");
    String[] nameParts = segments[segments.length - 1].split("\\.");
    for (int i = nameParts.length - 2; i >= 1; i--) {
      Dialect d = Dialect.fromName(nameParts[i]);
      if (d != null) return d;
    }
    for (int i = segments.length - 2; i >= 0; i--) {
      Dialect d = Dialect.fromName(segments[i]);
      if (d != null) return d;
    }
    return null;
  }

  private Dialect fromContent(RawMigration raw) {
    if (raw.up().text() == null) return null;
    DialectEvidence e = DialectEvidence.of(raw.up().text());
    if (e.conflicting()) {
      notes.add(raw.up().file() + " shows signs of more than one dialect (" + signs(e) + "); read like the other "
          + "files of its folder.");
    }
    return e.dialect();
  }

  private static String signs(DialectEvidence e) {
    List<String> out = new ArrayList<>();
    for (Dialect d : new Dialect[] {Dialect.POSTGRESQL, Dialect.MYSQL, Dialect.SQLITE}) {
      if (e.sign(d) != null) out.add(e.sign(d) + " → " + d.id());
    }
    return String.join(", ", out);
  }

  /** Files without evidence take their folder's majority, else the repository's, else PostgreSQL. */
  private void assume(List<RawMigration> open) {
    if (open.isEmpty()) return;
    Map<String, Map<Dialect, Integer>> byFolder = new HashMap<>();
    Map<Dialect, Integer> overall = new EnumMap<>(Dialect.class);
    for (Map.Entry<RawMigration, Dialect> e : decided.entrySet()) {
      byFolder.computeIfAbsent(folder(e.getKey()), k -> new EnumMap<>(Dialect.class)).merge(e.getValue(), 1, Integer::sum);
      overall.merge(e.getValue(), 1, Integer::sum);
    }
    int defaulted = 0;
    for (RawMigration raw : open) {
      Dialect d = majority(byFolder.get(folder(raw)));
      if (d == null) d = majority(overall);
      if (d == null) {
        d = Dialect.POSTGRESQL;
        defaulted++;
      }
      decided.put(raw, d);
    }
    if (defaulted > 0) {
      notes.add(defaulted + (defaulted == 1 ? " migration shows" : " migrations show") + " no dialect-specific "
          + "syntax, in a path that names none: read as PostgreSQL. Set `dialect:` in .github/onewaydoor.yml to choose.");
    }
  }

  /** Where a migration's siblings live: the folder, or its parent for one-folder-per-migration layouts. */
  private static String folder(RawMigration raw) {
    String path = raw.up().file();
    int slash = path.lastIndexOf('/');
    String dir = slash < 0 ? "" : path.substring(0, slash);
    String name = path.substring(slash + 1);
    if (name.equals("up.sql") || name.equals("migration.sql")) {
      int parent = dir.lastIndexOf('/');
      return parent < 0 ? "" : dir.substring(0, parent);
    }
    return dir;
  }

  private static Dialect majority(Map<Dialect, Integer> counts) {
    if (counts == null) return null;
    Dialect best = null;
    for (Map.Entry<Dialect, Integer> e : counts.entrySet()) {
      if (best == null || e.getValue() > counts.get(best)) best = e.getKey();
    }
    return best;
  }
}
