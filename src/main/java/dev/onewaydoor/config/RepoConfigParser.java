package dev.onewaydoor.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.onewaydoor.analysis.Rule;
import dev.onewaydoor.analysis.RuleOverride;
import dev.onewaydoor.analysis.Severity;
import dev.onewaydoor.analysis.rules.Rules;
import dev.onewaydoor.migrations.Framework;
import dev.onewaydoor.sql.Dialect;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Parses and validates {@code .github/onewaydoor.yml}. Unknown keys, unknown rule ids and bad
 * values are errors naming the key and what is accepted: a typo must not silently disable a
 * setting someone relies on.
 */
public final class RepoConfigParser {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private RepoConfigParser() {}

  public static RepoConfig parse(String yaml, String source) throws ConfigException {
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      throw new ConfigException(source + ": not valid YAML: " + e.getOriginalMessage());
    }
    if (root == null || root.isMissingNode() || root.isNull()) return RepoConfig.defaults();
    Node top = new Node(source, "", root);
    top.requireObject();
    top.allowOnly("migrations", "dialect", "rules", "acknowledge", "verify");
    List<String> paths = List.of();
    Framework framework = null;
    Node migrations = top.child("migrations");
    if (migrations != null) {
      migrations.requireObject();
      migrations.allowOnly("paths", "framework");
      Node p = migrations.child("paths");
      if (p != null) paths = p.stringList();
      Node f = migrations.child("framework");
      if (f != null && !f.string().equals("auto")) framework = f.parse(Framework::parse);
    }
    Dialect dialect = null;
    Node d = top.child("dialect");
    if (d != null && !d.string().equals("auto")) dialect = d.parse(Dialect::parse);
    Map<String, RuleOverride> rules = rules(top.child("rules"));
    String label = RepoConfig.DEFAULT_LABEL;
    List<String> allowed = List.of();
    Node ack = top.child("acknowledge");
    if (ack != null) {
      ack.requireObject();
      ack.allowOnly("label", "allowed");
      Node l = ack.child("label");
      if (l != null) label = l.string();
      Node a = ack.child("allowed");
      if (a != null) allowed = a.stringList();
    }
    return new RepoConfig(paths, framework, dialect, rules, label, allowed, verify(top.child("verify")));
  }

  /** {@code verify: true}, or a mapping of enabled, budget, statement-timeout, lock-timeout (seconds). */
  private static VerifyConfig verify(Node node) throws ConfigException {
    VerifyConfig v = VerifyConfig.defaults();
    if (node == null) return v;
    if (node.json.isBoolean()) return v.withEnabled(node.bool());
    node.requireObject();
    node.allowOnly("enabled", "budget", "statement-timeout", "lock-timeout");
    Node enabled = node.child("enabled");
    java.time.Duration budget = seconds(node.child("budget"), v.budget(), VerifyConfig.MAX_BUDGET);
    java.time.Duration statement = seconds(node.child("statement-timeout"), v.statementTimeout(), budget);
    java.time.Duration lock = seconds(node.child("lock-timeout"), v.lockTimeout(), statement);
    return new VerifyConfig(enabled == null || enabled.bool(), budget, statement, lock);
  }

  /** Whole seconds ({@code 90}, {@code "90s"} or {@code "2m"}) from 1 up to {@code max}. */
  private static java.time.Duration seconds(Node node, java.time.Duration fallback, java.time.Duration max)
      throws ConfigException {
    if (node == null) return fallback;
    long s;
    if (node.json.canConvertToLong() && node.json.isIntegralNumber()) {
      s = node.json.longValue();
    } else {
      String text = node.json.isTextual() ? node.json.textValue().trim() : "";
      if (!text.matches("\\d+\\s*[sm]?")) throw node.error("expected seconds, such as 90, \"90s\" or \"2m\"");
      s = Long.parseLong(text.replaceAll("\\D", "")) * (text.endsWith("m") ? 60 : 1);
    }
    if (s < 1 || s > max.toSeconds()) throw node.error("must be from 1 to " + max.toSeconds() + " seconds");
    return java.time.Duration.ofSeconds(s);
  }

  private static Map<String, RuleOverride> rules(Node node) throws ConfigException {
    Map<String, RuleOverride> out = new LinkedHashMap<>();
    if (node == null) return out;
    node.requireObject();
    Set<String> known = new TreeSet<>();
    for (Rule r : Rules.all()) known.add(r.id());
    for (Iterator<String> it = node.json.fieldNames(); it.hasNext(); ) {
      String id = it.next();
      Node value = node.child(id);
      if (!known.contains(id)) throw value.error("unknown rule '" + id + "' (known rules: " + String.join(", ", known) + ")");
      out.put(id, override(value));
    }
    return out;
  }

  private static RuleOverride override(Node value) throws ConfigException {
    if (value.json.isBoolean()) return value.json.booleanValue() ? new RuleOverride(true, null, null) : RuleOverride.OFF;
    if (value.json.isTextual()) {
      String s = value.string();
      if (s.equals("off")) return RuleOverride.OFF;
      if (s.equals("on")) return new RuleOverride(true, null, null);
      // Shorthand: "error" blocks, "warning" and "info" do not.
      Severity severity = value.parse(Severity::parse);
      return new RuleOverride(true, severity, severity == Severity.ERROR);
    }
    value.requireObject();
    value.allowOnly("enabled", "severity", "blocking");
    Node enabled = value.child("enabled");
    Node severity = value.child("severity");
    Node blocking = value.child("blocking");
    return new RuleOverride(enabled == null || enabled.bool(), severity == null ? null : severity.parse(Severity::parse),
        blocking == null ? null : blocking.bool());
  }

  /** A YAML node with its dotted path, for error messages. */
  private static final class Node {
    final String source;
    final String path;
    final JsonNode json;

    Node(String source, String path, JsonNode json) {
      this.source = source;
      this.path = path;
      this.json = json;
    }

    Node child(String key) {
      JsonNode c = json.get(key);
      return c == null || c.isNull() ? null : new Node(source, path.isEmpty() ? key : path + "." + key, c);
    }

    ConfigException error(String message) {
      return new ConfigException(source + ": " + (path.isEmpty() ? "" : "'" + path + "': ") + message);
    }

    void requireObject() throws ConfigException {
      if (!json.isObject()) throw error("expected a mapping of keys to values");
    }

    void allowOnly(String... keys) throws ConfigException {
      Set<String> allowed = Set.of(keys);
      for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        if (!allowed.contains(k)) {
          throw error("unknown key '" + k + "' (expected one of: " + String.join(", ", new TreeSet<>(allowed)) + ")");
        }
      }
    }

    String string() throws ConfigException {
      if (!json.isTextual()) throw error("expected a string");
      return json.textValue();
    }

    boolean bool() throws ConfigException {
      if (!json.isBoolean()) throw error("expected true or false");
      return json.booleanValue();
    }

    List<String> stringList() throws ConfigException {
      if (json.isTextual()) return List.of(json.textValue());
      if (!json.isArray()) throw error("expected a list of strings");
      List<String> out = new ArrayList<>();
      for (JsonNode n : json) {
        if (!n.isTextual()) throw error("expected a list of strings");
        if (n.textValue().contains("..")) throw error("'..' is not allowed in paths");
        out.add(n.textValue().replaceAll("^\\./", ""));
      }
      return out;
    }

    <T> T parse(java.util.function.Function<String, T> parser) throws ConfigException {
      try {
        return parser.apply(string());
      } catch (IllegalArgumentException e) {
        throw error(e.getMessage());
      }
    }
  }
}
