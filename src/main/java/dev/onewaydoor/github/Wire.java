package dev.onewaydoor.github;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The App's typed requests as GitHub's JSON: the one place that knows the field names. */
final class Wire {
  private Wire() {}

  static ObjectNode checkRun(CheckRunUpdate u) {
    ObjectNode body = GitHubHttp.MAPPER.createObjectNode();
    if (u.status() != null) body.put("status", u.status());
    if (u.conclusion() != null) body.put("conclusion", u.conclusion());
    if (u.startedAt() != null) body.put("started_at", u.startedAt().toString());
    if (u.completedAt() != null) body.put("completed_at", u.completedAt().toString());
    if (u.detailsUrl() != null) body.put("details_url", u.detailsUrl());
    if (u.output() != null) body.set("output", output(u.output()));
    if (u.actions() != null) {
      ArrayNode actions = body.putArray("actions");
      for (CheckRunUpdate.Action a : u.actions()) {
        actions.addObject().put("label", a.label()).put("description", a.description()).put("identifier", a.identifier());
      }
    }
    return body;
  }

  private static ObjectNode output(CheckRunOutput o) {
    ObjectNode out = GitHubHttp.MAPPER.createObjectNode().put("title", o.title()).put("summary", o.summary());
    if (o.text() != null && !o.text().isEmpty()) out.put("text", o.text());
    if (o.annotations().isEmpty()) return out;
    ArrayNode list = out.putArray("annotations");
    for (Annotation a : o.annotations()) {
      ObjectNode n = list.addObject().put("path", a.path()).put("start_line", a.startLine()).put("end_line", a.endLine())
          .put("annotation_level", a.level().wire).put("title", a.title()).put("message", a.message());
      if (a.rawDetails() != null && !a.rawDetails().isEmpty()) n.put("raw_details", a.rawDetails());
    }
    return out;
  }

  static ObjectNode review(Review r) {
    ObjectNode body = GitHubHttp.MAPPER.createObjectNode().put("commit_id", r.commitId()).put("event", "COMMENT")
        .put("body", r.body());
    ArrayNode comments = body.putArray("comments");
    for (ReviewComment c : r.comments()) {
      ObjectNode n = comments.addObject().put("path", c.path());
      if (c.startLine() < c.line()) n.put("start_line", c.startLine()).put("start_side", "RIGHT");
      n.put("line", c.line()).put("side", "RIGHT").put("body", c.body());
    }
    return body;
  }

  static ObjectNode status(String state, String description, String context, String targetUrl) {
    ObjectNode body = GitHubHttp.MAPPER.createObjectNode().put("state", state).put("context", context)
        .put("description", description.length() <= 140 ? description : description.substring(0, 139) + "…");
    if (targetUrl != null) body.put("target_url", targetUrl);
    return body;
  }
}
