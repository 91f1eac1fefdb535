package dev.onewaydoor.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An inline {@code -- onewaydoor:ignore rule[, rule] -- reason} written on the line before a
 * statement. It covers lines {@code fromLine..toLine} of {@code file}. A suppression without
 * a reason suppresses nothing: the engine reports it instead.
 */
public record Suppression(String file, int line, int fromLine, int toLine, List<String> rules, String reason) {
  private static final Pattern DIRECTIVE = Pattern.compile(
      "^\\s*(?:--|#|/\\*)\\s*onewaydoor:ignore\\b(.*?)(?:\\*/)?\\s*$", Pattern.CASE_INSENSITIVE);

  /** True when the comment text is an ignore directive, well-formed or not. */
  public static boolean isDirective(String comment) {
    return comment.toLowerCase(Locale.ROOT).contains("onewaydoor:ignore");
  }

  /**
   * Parses a directive comment covering {@code fromLine..toLine}; the reason is what follows
   * the second {@code --}, and is empty when missing.
   */
  public static Suppression parse(String file, int line, String comment, int fromLine, int toLine) {
    Matcher m = DIRECTIVE.matcher(comment);
    String body = m.matches() ? m.group(1) : "";
    String reason = "";
    int sep = body.indexOf("--");
    if (sep >= 0) {
      reason = body.substring(sep + 2).trim();
      body = body.substring(0, sep);
    }
    List<String> rules = new ArrayList<>();
    for (String r : body.split("[,\\s]+")) {
      if (!r.isBlank()) rules.add(r.trim().toLowerCase(Locale.ROOT));
    }
    return new Suppression(file, line, fromLine, toLine, List.copyOf(rules), reason);
  }

  public boolean hasReason() {
    return !reason.isBlank();
  }

  /** True when this suppression covers a finding of {@code rule} at {@code file:line}. */
  public boolean covers(String rule, String file, int line) {
    return hasReason() && this.file.equals(file) && line >= fromLine && line <= toLine
        && rules.contains(rule);
  }
}
