package dev.onewaydoor.migrations;

import dev.onewaydoor.migrations.RawMigration.Script;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Files that hold up and down in one: dbmate ({@code -- migrate:up} / {@code -- migrate:down}),
 * goose ({@code -- +goose Up} / {@code -- +goose Down}) and Liquibase formatted SQL
 * ({@code --changeset author:id}, {@code --rollback …}). Each script keeps the line numbers it
 * has in the file.
 */
final class SectionedFiles {
  private static final Pattern DBMATE = Pattern.compile("^\\s*--\\s*migrate:(up|down)\\b.*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern GOOSE = Pattern.compile("^\\s*--\\s*\\+goose\\s+(up|down)\\b.*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern CHANGESET = Pattern.compile("^\\s*--\\s*changeset\\s+(\\S+).*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern ROLLBACK = Pattern.compile("^\\s*--\\s*rollback\\b ?(.*)$", Pattern.CASE_INSENSITIVE);

  private SectionedFiles() {}

  /** Returns the migrations of a dbmate or Liquibase file, or an empty list for other files. */
  static List<RawMigration> read(SourceFile f, Framework forced) {
    String text = f.text();
    if (text == null) return List.of();
    if ((forced == null || forced == Framework.LIQUIBASE) && isLiquibase(text)) return liquibase(f, text);
    if ((forced == null || forced == Framework.DBMATE) && hasMarker(text, DBMATE)) {
      return List.of(sections(f, text, DBMATE, Framework.DBMATE));
    }
    if ((forced == null || forced == Framework.GOOSE) && hasMarker(text, GOOSE)) {
      return List.of(sections(f, text, GOOSE, Framework.GOOSE));
    }
    return List.of();
  }

  private static final Pattern LIQUIBASE = Pattern.compile("^--\\s*liquibase\\s+formatted\\s+sql\\b",
      Pattern.CASE_INSENSITIVE);

  /** Liquibase requires the marker on the file's first line. */
  private static boolean isLiquibase(String text) {
    return LIQUIBASE.matcher(text.stripLeading()).lookingAt();
  }

  private static boolean hasMarker(String text, Pattern marker) {
    for (String line : text.split("\n", 200)) {
      if (marker.matcher(line).matches()) return true;
    }
    return false;
  }

  /** Cuts a file into its up and down sections at the marker lines. */
  private static RawMigration sections(SourceFile f, String text, Pattern marker, Framework framework) {
    String[] lines = text.split("\n", -1);
    StringBuilder up = new StringBuilder();
    StringBuilder down = null;
    int upStart = 1;
    int downStart = 1;
    StringBuilder current = null;
    for (int i = 0; i < lines.length; i++) {
      Matcher m = marker.matcher(lines[i]);
      if (m.matches()) {
        if (m.group(1).equalsIgnoreCase("up")) {
          current = up;
          upStart = i + 2;
        } else {
          down = new StringBuilder();
          current = down;
          downStart = i + 2;
        }
        continue;
      }
      if (current != null) current.append(lines[i]).append('\n');
    }
    String version = MigrationLayout.digits(f.name());
    String name = f.name().replaceFirst("^\\d+_?", "").replaceFirst("\\.sql$", "");
    return new RawMigration(f.path(), framework, version, name, false, true, true,
        new Script(f.path(), up.toString(), upStart),
        down == null ? null : new Script(f.path(), down.toString(), downStart));
  }

  /** One migration per changeset; its rollback lines form the down script. */
  private static List<RawMigration> liquibase(SourceFile f, String text) {
    String[] lines = text.split("\n", -1);
    List<RawMigration> out = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      Matcher m = CHANGESET.matcher(lines[i]);
      if (m.matches()) {
        ids.add(m.group(1));
        starts.add(i);
      }
    }
    boolean anyRollback = false;
    for (String line : lines) anyRollback |= ROLLBACK.matcher(line).matches();
    for (int c = 0; c < ids.size(); c++) {
      int from = starts.get(c) + 1;
      int to = c + 1 < starts.size() ? starts.get(c + 1) : lines.length;
      StringBuilder up = new StringBuilder();
      StringBuilder down = new StringBuilder();
      int firstRollback = -1;
      for (int i = from; i < to; i++) {
        Matcher r = ROLLBACK.matcher(lines[i]);
        if (r.matches()) {
          if (firstRollback < 0) firstRollback = i + 1;
          down.append(r.group(1)).append('\n');
          up.append('\n'); // keep line numbers of the up script
        } else {
          up.append(lines[i]).append('\n');
        }
      }
      String version = String.format("%s.%06d", f.path(), c + 1);
      out.add(new RawMigration(f.path() + "#" + ids.get(c), Framework.LIQUIBASE, version, ids.get(c), false,
          anyRollback, false, new Script(f.path(), up.toString(), from + 1),
          firstRollback < 0 ? null : new Script(f.path(), down.toString(), firstRollback)));
    }
    return out;
  }
}
