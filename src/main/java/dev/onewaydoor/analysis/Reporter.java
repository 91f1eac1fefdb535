package dev.onewaydoor.analysis;

import java.util.ArrayList;
import java.util.List;

/** Turns a rule's report into a {@link Finding} carrying the rule's metadata. */
final class Reporter {
  private final List<Finding> sink;

  Reporter(List<Finding> sink) {
    this.sink = sink;
  }

  void report(Rule rule, Source at, String message, Details d) {
    RuleInfo i = rule.info();
    boolean blocking = d.blocking() == null ? i.blocking() : d.blocking();
    // A rule that blocks by default and does not this time reports a warning; one that
    // does not block by default and does this time (a destructive unparsed statement) an error.
    Severity severity = blocking == i.blocking() ? i.severity() : blocking ? Severity.ERROR : Severity.WARNING;
    List<Source> causes = new ArrayList<>();
    causes.add(at);
    for (Source s : d.causes()) if (!causes.contains(s)) causes.add(s);
    sink.add(new Finding(i.id(), i.category(), severity, blocking, at, message, d.help() == null ? i.help() : d.help(),
        d.subject(), causes, ""));
  }
}
