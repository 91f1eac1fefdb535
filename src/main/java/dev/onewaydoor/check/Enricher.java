package dev.onewaydoor.check;

import dev.onewaydoor.analysis.CodeUse;
import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.analysis.Report;
import dev.onewaydoor.analysis.Source;
import dev.onewaydoor.analysis.Subject;
import dev.onewaydoor.analysis.rules.HeadReferencesRemoved;
import dev.onewaydoor.plan.Planner;
import dev.onewaydoor.references.CodeTree;
import dev.onewaydoor.references.Reference;
import dev.onewaydoor.references.ReferenceScanner;
import dev.onewaydoor.references.ScanResult;
import dev.onewaydoor.references.Target;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Adds code references and plans to a report: scans the code at the base and at the head for
 * the names the findings remove or change, judges {@code head-references-removed} on the
 * head's uses, and writes the expand–contract plan of each blocking finding with the head's
 * uses as phase 2's checklist.
 */
public final class Enricher {
  /** Rules whose code references are the writers of the whole table (inserts that omit a column). */
  private static final Set<String> TABLE_WRITERS = Set.of("add-required-column", "drop-default");

  private final ReferenceScanner scanner;
  private final HeadReferencesRemoved headRule = new HeadReferencesRemoved();

  /** {@code migrations}: the paths that hold migrations, which are not code using the names. */
  public Enricher(Predicate<String> migrations) {
    this.scanner = new ReferenceScanner(p -> migrations.test(p) || CodeFolders.isMigrationOrSchemaDump(p));
  }

  /**
   * {@code base} or {@code head} may be null (not available: path mode has no base); {@code
   * admit} passes later findings through the engine's ignore comments and overrides.
   */
  public Enriched enrich(Report report, CodeTree base, CodeTree head, Function<List<Finding>, Report> admit) {
    Map<Finding, Target> targets = new HashMap<>();
    for (Finding f : report.findings()) {
      Target t = targetOf(f);
      if (t != null) targets.put(f, t);
    }
    Set<Target> names = new LinkedHashSet<>(targets.values());
    ScanResult baseScan = scan(base, names);
    ScanResult headScan = scan(head, names);
    List<Finding> later = new ArrayList<>();
    for (Finding f : report.findings()) {
      Target t = targets.get(f);
      if (t == null || !headScan.performed()) continue;
      headRule.judge(f, uses(headScan.of(t))).ifPresent(later::add);
    }
    Report all = admit.apply(later);
    Map<Finding, FindingDetails> details = new HashMap<>();
    for (Finding f : all.findings()) {
      Target t = targetOf(f);
      if (t == null) continue;
      List<Reference> headRefs = headScan.of(t);
      details.put(f, new FindingDetails(t, baseScan.of(t), baseScan.omitted(t), headRefs, headScan.omitted(t),
          Planner.plan(f, uses(headRefs)).orElse(null)));
    }
    return new Enriched(all, details, baseScan, headScan);
  }

  private ScanResult scan(CodeTree tree, Set<Target> names) {
    if (tree == null) return ScanResult.notScanned("not scanned: no commit given (with paths there is no base: use --base)");
    if (names.isEmpty()) return new ScanResult(true, Map.of(), Map.of(), List.of(), 0);
    try {
      return scanner.scan(tree, names);
    } catch (CodeTree.Unavailable e) {
      return ScanResult.notScanned("not scanned: " + e.getMessage());
    } catch (IOException | RuntimeException e) {
      return ScanResult.notScanned("could not be read: " + e.getMessage());
    }
  }

  /** The name whose uses matter for {@code f}, or null when it names none. */
  static Target targetOf(Finding f) {
    Subject s = f.subject();
    boolean known = Planner.PLANNED.contains(f.rule()) || HeadReferencesRemoved.REMOVALS.contains(f.rule())
        || f.rule().equals("head-references-removed");
    if (!known || s.isNone()) return null;
    if (!s.isColumn() || TABLE_WRITERS.contains(f.rule())) return Target.table(s.table());
    return Target.column(s.table(), s.column());
  }

  static List<CodeUse> uses(List<Reference> refs) {
    List<CodeUse> out = new ArrayList<>(refs.size());
    for (Reference r : refs) {
      out.add(new CodeUse(new Source(r.path(), r.line(), r.column(), r.snippet()), r.confidence().id(), r.why()));
    }
    return out;
  }
}
