package dev.onewaydoor.analysis;

import java.util.List;
import java.util.Optional;

/**
 * A rule judged after the analysis, on what a scan of the application's code found: it reads
 * no migration, it weighs a finding of another rule against the uses of the finding's subject
 * in the code (data in, finding out). Its findings go through the engine's ignore comments and
 * overrides like any other ({@link Engine#admit}).
 */
public abstract non-sealed class CodeRule extends Rule {
  protected CodeRule(RuleInfo info) {
    super(info);
  }

  /** The finding this rule adds for {@code finding} given the {@code uses} of its subject, or empty. */
  public abstract Optional<Finding> judge(Finding finding, List<CodeUse> uses);
}
