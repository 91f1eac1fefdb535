package dev.onewaydoor.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.ChangeSet;
import dev.onewaydoor.analysis.Engine;
import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.analysis.Report;
import dev.onewaydoor.analysis.RuleOverride;
import dev.onewaydoor.analysis.SchemaModel.Column;
import dev.onewaydoor.analysis.Severity;
import dev.onewaydoor.analysis.Source;
import dev.onewaydoor.analysis.Subject;
import dev.onewaydoor.analysis.rules.Rules;
import dev.onewaydoor.migrations.MigrationFinder;
import dev.onewaydoor.migrations.Progress;
import dev.onewaydoor.migrations.SourceFile;
import dev.onewaydoor.references.CodeTree;
import dev.onewaydoor.references.Target;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What is searched for each finding, what is not code, and how the head rule's findings are admitted. */
class EnricherTest {
  private static final String SQL = "SELECT booking_ref FROM reservations";
  private static final Column REF = new Column("booking_ref", "varchar(12)", true, null);
  private static final Source AT = new Source("db/migration/V2__r.sql", 2, 1,
      "ALTER TABLE reservations RENAME COLUMN booking_ref TO confirmation_code");

  @Test
  void eachRuleSearchesForTheNameThatMattersToIt() {
    Subject ref = Subject.column("postgresql", "reservations", "booking_ref", REF, REF);
    assertEquals(Target.column("reservations", "booking_ref"), Enricher.targetOf(finding("rename-column", ref)));
    assertEquals(Target.table("reservations"), Enricher.targetOf(finding("add-required-column", ref)),
        "inserts that leave the new column out name the table, not the column");
    assertEquals(Target.table("reservations"), Enricher.targetOf(finding("drop-table", Subject.table("postgresql", "reservations"))));
    assertNull(Enricher.targetOf(finding("non-concurrent-index", ref)));
    assertNull(Enricher.targetOf(finding("drop-column", Subject.NONE)));
  }

  @Test
  void migrationsInEveryFrameworksFormAndSchemaDumpsAreNotCode() {
    Map<String, String> files = new LinkedHashMap<>();
    for (String path : new String[] {"db/migrate/20240101_rename.rb", "shop/migrations/0002_rename.py",
        "alembic/versions/ab12_rename.py", "db/schema.rb", "src/main/resources/db/changelog/changes.xml",
        "app/repository.py"}) {
      files.put(path, "q = \"" + SQL + "\"\n");
    }
    Finding rename = finding("rename-column",
        Subject.column("postgresql", "reservations", "booking_ref", REF, REF).renamedTo("confirmation_code"));
    Enriched e = new Enricher(p -> false).enrich(new Report(List.of(rename), 1, 1), tree(files), tree(files),
        later -> new Report(concat(List.of(rename), later), 1, 1));
    assertEquals(List.of("app/repository.py:1"), e.details(rename).base().stream().map(r -> r.location()).toList());
    assertTrue(e.report().findings().stream().anyMatch(f -> f.rule().equals("head-references-removed")));
  }

  @Test
  void headFindingsPassIgnoreCommentsAndOverrides() {
    List<SourceFile> head = List.of(SourceFile.of("db/migration/V2__r.sql",
        "-- onewaydoor:ignore head-references-removed -- the partner API moves in this same deploy\n"
            + "ALTER TABLE reservations RENAME COLUMN booking_ref TO confirmation_code;\n"));
    ChangeSet cs = new ChangeSet(List.of(), new MigrationFinder(null, null).read(head, Progress.NONE).units(), true);
    Finding later = finding("head-references-removed", Subject.table("postgresql", "reservations"));
    Report empty = new Report(List.of(), 1, 1);
    assertTrue(new Engine(Rules.all(), Map.of()).admit(empty, List.of(later), cs).findings().isEmpty(),
        "the ignore comment above the statement covers it");
    Finding elsewhere = new Finding(later.rule(), later.category(), later.severity(), true,
        new Source("db/migration/V3__x.sql", 1, 1, "x"), "m", "h", later.subject(), List.of(), "");
    Report warned = new Engine(Rules.all(), Map.of("head-references-removed", new RuleOverride(true, Severity.WARNING, false)))
        .admit(empty, List.of(elsewhere), cs);
    assertFalse(warned.findings().get(0).blocking(), "a configured override applies");
    assertTrue(new Engine(Rules.all(), Map.of("head-references-removed", RuleOverride.OFF))
        .admit(empty, List.of(elsewhere), cs).findings().isEmpty(), "and so does switching the rule off");
  }

  private static Finding finding(String rule, Subject s) {
    return new Finding(rule, Category.BREAKS_PREVIOUS_VERSION, Severity.ERROR, true, AT, "m", "h", s, List.of(AT), "");
  }

  private static CodeTree tree(Map<String, String> files) {
    Map<String, byte[]> bytes = new LinkedHashMap<>();
    files.forEach((k, v) -> bytes.put(k, v.getBytes(StandardCharsets.UTF_8)));
    return CodeTree.of(bytes);
  }

  private static List<Finding> concat(List<Finding> a, List<Finding> b) {
    List<Finding> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
