package dev.onewaydoor.analysis;

import java.util.List;

/** Turns a rule's report into a {@link Finding} carrying the rule's metadata. */
final class Reporter {
  private final List<Finding> sink;

  Reporter(List<Finding> sink) {
    this.sink = sink;
  }

  void report(Rule rule, Source at, String message, String help, boolean blocking) {
    RuleInfo i = rule.info();
    sink.add(new Finding(i.id(), i.category(), i.severity(), blocking, at, message, help == null ? i.help() : help,
        Subject.NONE, java.util.List.of(at), ""));
  }
}
