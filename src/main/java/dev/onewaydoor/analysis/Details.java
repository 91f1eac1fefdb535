package dev.onewaydoor.analysis;

import java.util.List;

/**
 * What a rule may add to a finding beyond place and message: help written for this case,
 * the schema object it is about, the statements that cause it, and whether it blocks when
 * that differs from the rule's default ({@code null} keeps the default).
 */
public record Details(String help, Subject subject, List<Source> causes, Boolean blocking) {
  public static final Details NONE = new Details(null, Subject.NONE, List.of(), null);

  public Details {
    causes = List.copyOf(causes);
    subject = subject == null ? Subject.NONE : subject;
  }

  public static Details of(Subject subject) {
    return NONE.subject(subject);
  }

  public Details help(String text) {
    return new Details(text, subject, causes, blocking);
  }

  public Details subject(Subject s) {
    return new Details(help, s, causes, blocking);
  }

  public Details causes(List<Source> sources) {
    return new Details(help, subject, sources, blocking);
  }

  public Details blocking(boolean b) {
    return new Details(help, subject, causes, b);
  }
}
