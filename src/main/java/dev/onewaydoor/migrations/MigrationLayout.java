package dev.onewaydoor.migrations;

import dev.onewaydoor.migrations.RawMigration.Script;
import dev.onewaydoor.sql.DestructiveWords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds migrations among files by framework convention and pairs each up script with its
 * rollback: Flyway {@code V/U/R} names, golang-migrate {@code .up/.down.sql}, Diesel and
 * Prisma directories, Sqitch plans, dbmate and Liquibase markers inside files, and plain
 * {@code .sql} files. A forced framework (from config) skips the guessing.
 */
public final class MigrationLayout {
  private static final Pattern FLYWAY = Pattern.compile("^([VURB])(\\d+(?:[._]\\d+)*)?__(.+)\\.sql$");
  private static final Pattern GOLANG = Pattern.compile("^(\\d+)_(.+)\\.(up|down)\\.sql$");
  private static final Pattern DIESEL = Pattern.compile("(?:^|/)([0-9][^/]*)/(up|down)\\.sql$");
  private static final Pattern PRISMA = Pattern.compile("(?:^|/)migrations/([^/]+)/migration\\.sql$");
  private static final Pattern LEADING_DIGITS = Pattern.compile("^(\\d+(?:[._]\\d+)*)");

  private MigrationLayout() {}

  /** Returns the migrations among {@code files}; {@code forced} may be null for auto-detection. */
  public static List<RawMigration> discover(List<SourceFile> files, Framework forced) {
    List<RawMigration> out = new ArrayList<>();
    Set<String> used = new HashSet<>();
    if (forced == null || forced == Framework.SQITCH) {
      out.addAll(SqitchLayout.discover(files, used));
    }
    if (forced == null || forced == Framework.POP) {
      out.addAll(PopLayout.discover(files, used));
    }
    Map<String, SourceFile> undo = undoIndex(files);
    Map<String, SourceFile> byPath = new HashMap<>();
    for (SourceFile f : files) byPath.put(f.path(), f);
    for (SourceFile f : files) {
      if (used.contains(f.path()) || !f.name().endsWith(".sql")) continue;
      RawMigration m = byName(f, byPath, undo, forced);
      if (m == PAIRED) continue;
      if (m == null) {
        List<RawMigration> sections = SectionedFiles.read(f, forced);
        if (!sections.isEmpty()) {
          out.addAll(sections);
          continue;
        }
      }
      // An unreadable file is kept whatever the framework, so that it is reported, not skipped.
      if (m == null && (allowed(forced, Framework.PLAIN) || f.text() == null)) m = plain(f);
      if (m != null) out.add(m);
    }
    return out;
  }

  private static RawMigration byName(SourceFile f, Map<String, SourceFile> byPath, Map<String, SourceFile> undo,
      Framework forced) {
    String name = f.name();
    Matcher m = FLYWAY.matcher(name);
    if (m.matches() && allowed(forced, Framework.FLYWAY)) {
      if (m.group(1).equals("U")) return PAIRED;
      boolean repeatable = m.group(1).equals("R");
      if (!repeatable && m.group(2) == null) return null;
      String version = repeatable ? "R" : m.group(2).replace('_', '.');
      SourceFile undoFile = repeatable ? null : undo.get(f.dir() + " " + m.group(2));
      return new RawMigration(f.path(), Framework.FLYWAY, version, m.group(3), repeatable,
          !undo.isEmpty() && !repeatable, true, script(f), undoFile == null ? null : script(undoFile), null, null,
          m.group(1).equals("B"));
    }
    m = GOLANG.matcher(name);
    if (m.matches() && allowed(forced, Framework.GOLANG_MIGRATE)) {
      if (m.group(3).equals("down")) return PAIRED;
      String prefix = f.dir().isEmpty() ? "" : f.dir() + "/";
      SourceFile down = byPath.get(prefix + m.group(1) + "_" + m.group(2) + ".down.sql");
      return new RawMigration(f.path(), Framework.GOLANG_MIGRATE, m.group(1), m.group(2), false, true, true,
          script(f), down == null ? null : script(down));
    }
    m = DIESEL.matcher(f.path());
    if (m.find() && allowed(forced, Framework.DIESEL)) {
      if (m.group(2).equals("down")) return PAIRED;
      SourceFile down = byPath.get(f.dir() + "/down.sql");
      String dir = m.group(1);
      return new RawMigration(f.path(), Framework.DIESEL, digits(dir), dir, false, true, true, script(f),
          down == null ? null : script(down));
    }
    m = PRISMA.matcher(f.path());
    if (m.find() && allowed(forced, Framework.PRISMA)) {
      String dir = m.group(1);
      return new RawMigration(f.path(), Framework.PRISMA, digits(dir), dir, false, false, true, script(f), null);
    }
    return null;
  }

  /** Marks a down script: it belongs to its up script and is not a migration of its own. */
  private static final RawMigration PAIRED =
      new RawMigration("", Framework.PLAIN, "", "", false, false, false, null, null);

  /** Flyway undo scripts by directory and version: {@code "db/migration U1.2"} → file. */
  private static Map<String, SourceFile> undoIndex(List<SourceFile> files) {
    Map<String, SourceFile> index = new HashMap<>();
    for (SourceFile f : files) {
      Matcher m = FLYWAY.matcher(f.name());
      if (m.matches() && m.group(1).equals("U") && m.group(2) != null) index.put(f.dir() + " " + m.group(2), f);
    }
    return index;
  }

  /**
   * A plain file's version: its leading digits, else its name; under a version folder
   * ({@code v1.10/}) that folder's version first, so {@code v1.10} sorts after {@code v1.9}.
   */
  private static RawMigration plain(SourceFile f) {
    String base = f.name().substring(0, f.name().length() - 4);
    Matcher m = LEADING_DIGITS.matcher(base);
    boolean numbered = m.find();
    String version = numbered ? m.group(1) : base;
    Matcher dir = VERSION_DIR.matcher(f.dir());
    if (dir.find()) {
      version = dir.group(1) + "." + version;
      numbered = true;
    }
    return new RawMigration(f.path(), Framework.PLAIN, version, base, false, false, numbered, script(f), null);
  }

  private static final Pattern VERSION_DIR = Pattern.compile("(?:^|/)[vV]?(\\d+(?:[._]\\d+)*)$");

  private static boolean allowed(Framework forced, Framework candidate) {
    return forced == null || forced == candidate;
  }

  static Script script(SourceFile f) {
    String text = f.text();
    if (text != null) return new Script(f.path(), text, 1);
    String bytes = new String(f.content(), java.nio.charset.StandardCharsets.ISO_8859_1);
    return new Script(f.path(), null, 1, DestructiveWords.inText(bytes));
  }

  /** The digits of a directory name: {@code 2020-01-01-000000_x} → {@code 20200101000000}. */
  static String digits(String dir) {
    StringBuilder sb = new StringBuilder();
    for (char c : dir.toCharArray()) {
      if (Character.isDigit(c)) sb.append(c);
      else if (c != '-') break;
    }
    return sb.length() == 0 ? dir : sb.toString();
  }
}
