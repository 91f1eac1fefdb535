package dev.onewaydoor.fakegithub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a request against GitHub's official REST API description (OpenAPI 3.0.3): the path
 * and method exist, query parameters are declared, and the JSON body validates against the
 * request schema (types, required fields, enums, lengths, nested objects and arrays).
 */
final class OpenApiValidator {
  private record Route(String template, Pattern pattern, int literals, JsonNode item) {}

  private final JsonNode spec;
  private final List<Route> routes = new ArrayList<>();

  OpenApiValidator(String resource) throws IOException {
    try (InputStream in = OpenApiValidator.class.getResourceAsStream(resource)) {
      spec = new ObjectMapper().readTree(in);
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = spec.get("paths").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String t = e.getKey();
      String regex = t.replace(".", "\\.").replaceAll("\\{path\\}", "(.+)").replaceAll("\\{[^}]+\\}", "([^/]+)");
      int literals = t.replaceAll("\\{[^}]+\\}", "").length();
      routes.add(new Route(t, Pattern.compile("^" + regex + "$"), literals, e.getValue()));
    }
  }

  /** Returns the violations of one request; empty when it is valid. {@code body} may be null. */
  List<String> validate(String method, String path, Set<String> queryNames, JsonNode body) {
    List<String> errors = new ArrayList<>();
    Route best = null;
    for (Route r : routes) {
      if (r.pattern.matcher(path).matches() && (best == null || r.literals > best.literals)) best = r;
    }
    if (best == null) {
      errors.add(method + " " + path + ": no such path in GitHub's API description");
      return errors;
    }
    JsonNode op = best.item.get(method.toLowerCase());
    if (op == null) {
      errors.add(method + " " + best.template + ": method not allowed by GitHub's API description");
      return errors;
    }
    Set<String> declared = new HashSet<>();
    for (JsonNode p : params(best.item, op)) if ("query".equals(p.path("in").asText())) declared.add(p.get("name").asText());
    for (String q : queryNames) {
      if (!declared.contains(q)) errors.add(method + " " + best.template + ": undeclared query parameter " + q);
    }
    JsonNode schema = op.path("requestBody").path("content").path("application/json").path("schema");
    if (body != null && !schema.isMissingNode()) check(resolve(schema), body, method + " " + best.template + " body", errors);
    if (body == null && op.path("requestBody").path("required").asBoolean() && !schema.isMissingNode()
        && !resolve(schema).path("required").isEmpty()) {
      errors.add(method + " " + best.template + ": request body required");
    }
    return errors;
  }

  private List<JsonNode> params(JsonNode item, JsonNode op) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode p : item.path("parameters")) out.add(resolve(p));
    for (JsonNode p : op.path("parameters")) out.add(resolve(p));
    return out;
  }

  private JsonNode resolve(JsonNode node) {
    while (node.has("$ref")) {
      JsonNode target = spec;
      for (String part : node.get("$ref").asText().substring(2).split("/")) target = target.path(part);
      node = target;
    }
    return node;
  }

  private void check(JsonNode schema, JsonNode value, String where, List<String> errors) {
    schema = resolve(schema);
    if (value.isNull()) {
      if (!schema.path("nullable").asBoolean() && schema.has("type")) errors.add(where + ": null not allowed");
      return;
    }
    if (schema.has("allOf")) for (JsonNode s : schema.get("allOf")) check(s, value, where, errors);
    for (String key : new String[] {"oneOf", "anyOf"}) {
      if (!schema.has(key)) continue;
      boolean any = false;
      for (JsonNode s : schema.get(key)) {
        List<String> e = new ArrayList<>();
        check(s, value, where, e);
        any |= e.isEmpty();
      }
      if (!any) errors.add(where + ": matches none of " + key);
    }
    String type = schema.path("type").asText("");
    if (!type.isEmpty() && !typeMatches(type, value)) {
      errors.add(where + ": expected " + type + " but was " + value.getNodeType());
      return;
    }
    if (schema.has("enum")) {
      boolean found = false;
      for (JsonNode e : schema.get("enum")) found |= e.equals(value);
      if (!found) errors.add(where + ": " + value + " not in " + schema.get("enum"));
    }
    if (value.isTextual() && schema.has("maxLength") && value.asText().length() > schema.get("maxLength").asInt()) {
      errors.add(where + ": longer than " + schema.get("maxLength").asInt());
    }
    if (value.isObject()) {
      for (JsonNode r : schema.path("required")) {
        if (!value.has(r.asText())) errors.add(where + ": missing required field " + r.asText());
      }
      JsonNode props = schema.path("properties");
      for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        if (props.has(f.getKey())) check(props.get(f.getKey()), f.getValue(), where + "." + f.getKey(), errors);
        else if (schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean()) {
          errors.add(where + ": unknown field " + f.getKey());
        }
      }
    }
    if (value.isArray()) {
      if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) {
        errors.add(where + ": more than " + schema.get("maxItems").asInt() + " items");
      }
      if (schema.has("items")) for (int i = 0; i < value.size(); i++) check(schema.get("items"), value.get(i), where + "[" + i + "]", errors);
    }
  }

  private static boolean typeMatches(String type, JsonNode v) {
    switch (type) {
      case "object": return v.isObject();
      case "array": return v.isArray();
      case "string": return v.isTextual();
      case "integer": return v.isIntegralNumber();
      case "number": return v.isNumber();
      case "boolean": return v.isBoolean();
      default: return true;
    }
  }
}
