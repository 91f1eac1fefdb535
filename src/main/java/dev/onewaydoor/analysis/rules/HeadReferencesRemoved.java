package dev.onewaydoor.analysis.rules;

import dev.onewaydoor.analysis.Category;
import dev.onewaydoor.analysis.CodeUse;
import dev.onewaydoor.analysis.Finding;
import dev.onewaydoor.analysis.CodeRule;
import dev.onewaydoor.analysis.RuleInfo;
import dev.onewaydoor.analysis.Severity;
import dev.onewaydoor.analysis.Subject;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code head-references-removed}: the pull request removes or renames a name that its own
 * code still uses, so the deploy breaks, not only the rollback. It reads no migration: it
 * judges a removal finding against the uses a code scan of the head found (data in, finding
 * out), after the engine has run.
 */
public final class HeadReferencesRemoved extends CodeRule {
  /** The rules whose findings remove a name from the schema. */
  public static final Set<String> REMOVALS = Set.of("drop-column", "rename-column", "drop-table", "rename-table");
  private static final int LISTED = 5;

  public HeadReferencesRemoved() {
    super(new RuleInfo("head-references-removed", Category.BREAKS_PREVIOUS_VERSION, Severity.ERROR, true,
        "Code in the pull request still uses a name the pull request removes",
        "Move the code to the new name (or stop using the column) before the migration that removes it, "
            + "or keep the old name until a later release."));
  }

  /**
   * The finding for {@code removal} given the uses of its name at the head, or empty when the
   * head does not use it. Certain uses block; uses that are only likely are a warning; merely
   * possible ones (the bare name somewhere) are not enough.
   */
  @Override
  public Optional<Finding> judge(Finding removal, List<CodeUse> usesAtHead) {
    Subject s = removal.subject();
    List<CodeUse> probable = usesAtHead.stream().filter(CodeUse::probable).toList();
    if (!REMOVALS.contains(removal.rule()) || s.isNone() || probable.isEmpty()) return Optional.empty();
    List<CodeUse> certain = probable.stream().filter(CodeUse::certain).toList();
    List<CodeUse> shown = certain.isEmpty() ? probable : certain;
    String name = s.isColumn() ? Names.col(s.table(), s.column()) : Names.q(s.table());
    String what = removal.rule().startsWith("rename") ? "renames to " + Names.q(s.newName()) : "removes";
    StringBuilder msg = new StringBuilder("The code in this pull request still uses ").append(name)
        .append(", which this migration ").append(what).append(": the deploy itself breaks, not only the rollback. ")
        .append(certain.isEmpty() ? "Probably used at " : "Used at ");
    for (int i = 0; i < Math.min(LISTED, shown.size()); i++) {
      CodeUse u = shown.get(i);
      msg.append(i == 0 ? "" : "; ").append(u.at().file()).append(':').append(u.at().line());
      if (!u.at().text().isEmpty()) msg.append(" `").append(u.at().text().replace("`", "'")).append('`');
    }
    if (shown.size() > LISTED) msg.append(" and ").append(shown.size() - LISTED).append(" more");
    msg.append('.');
    boolean blocks = !certain.isEmpty();
    RuleInfo i = info();
    return Optional.of(new Finding(i.id(), i.category(), blocks ? i.severity() : Severity.WARNING, blocks,
        removal.at(), msg.toString(), help(removal, s), s, removal.causes(), ""));
  }

  private String help(Finding removal, Subject s) {
    if (removal.rule().equals("rename-column") || removal.rule().equals("rename-table")) {
      return "Change these uses to " + Names.q(s.newName()) + " in this pull request, or keep "
          + Names.q(s.isColumn() ? s.column() : s.table()) + " (expand–contract) until no release uses it.";
    }
    return info().help();
  }
}
