package dev.onewaydoor.github;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.filter.FilteringParserDelegate;
import com.fasterxml.jackson.core.filter.TokenFilter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a webhook body keeping only the fields {@link WebhookEvent} uses. The whole body is
 * still tokenized (so malformed JSON is rejected), but a 30 KB pull_request payload becomes a
 * tree of a few dozen nodes instead of thousands: intake allocates little per delivery.
 */
public final class PayloadFields {
  /** A PR's head: its repository tells a fork (null when the fork was deleted). */
  private static final Node SHA_REF = node().leaf("sha").leaf("ref").child("repo", node().leaf("full_name").orNull());
  /** The base's repository also says whether it is private: report pages depend on it. */
  private static final Node BASE = node().leaf("sha").leaf("ref")
      .child("repo", node().leaf("full_name").orNull().leaf("private"));
  private static final Node LOGIN = node().leaf("login").leaf("type");
  private static final Node NAME = node().leaf("name");
  private static final Node FULL_NAME = node().leaf("full_name");
  private static final Node NUMBERS = node().leaf("number");
  private static final Node SCHEMA = node()
      .leaf("action")
      .child("installation", node().leaf("id"))
      .child("repository", FULL_NAME)
      .child("sender", LOGIN)
      .child("pull_request", node().leaf("number").leaf("state").child("head", SHA_REF).child("base", BASE)
          .child("labels", NAME))
      .child("issue", node().leaf("number").leaf("pull_request"))
      .child("comment", node().leaf("id").leaf("body"))
      .child("check_run", node().leaf("id").leaf("head_sha").child("pull_requests", NUMBERS)
          .child("app", node().leaf("id").leaf("client_id").leaf("slug")))
      .child("check_suite", node().leaf("head_sha").child("pull_requests", NUMBERS))
      .child("label", NAME)
      .leaf("changes")
      .child("requested_action", node().leaf("identifier"))
      .child("repositories", FULL_NAME)
      .child("repositories_added", FULL_NAME);

  private final ObjectMapper mapper;

  /** {@code maxStringLength}: Jackson's default cap (20 MB) is below GitHub's 25 MB deliveries. */
  public PayloadFields(int maxStringLength) {
    this.mapper = new ObjectMapper(JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(maxStringLength).build()).build());
  }

  /** Returns the filtered tree, or null when the body is not a JSON object. */
  public JsonNode read(byte[] body) {
    return read(body, 0, body.length);
  }

  public JsonNode read(byte[] body, int offset, int length) {
    int first = offset;
    while (first < offset + length && Character.isWhitespace(body[first])) first++;
    if (first == offset + length || body[first] != '{') return null;
    try (JsonParser p = mapper.getFactory().createParser(body, offset, length)) {
      return read(p);
    } catch (IOException e) {
      return null;
    }
  }

  /** Reads a body too large for the heap from a stream; the caller closes {@code in}. */
  public JsonNode read(InputStream in) {
    try (BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024)) {
      buffered.mark(64 * 1024);
      int c;
      do {
        c = buffered.read();
      } while (c != -1 && Character.isWhitespace(c));
      if (c != '{') return null;
      buffered.reset();
      try (JsonParser p = mapper.getFactory().createParser(buffered)) {
        return read(p);
      }
    } catch (IOException e) {
      return null;
    }
  }

  /** Parses a body known to start with '{'. */
  private JsonNode read(JsonParser p) throws IOException {
    JsonParser filtered = new FilteringParserDelegate(p, SCHEMA, TokenFilter.Inclusion.INCLUDE_ALL_AND_PATH, true);
    JsonNode tree = mapper.readTree(filtered);
    // The filter stops at the last wanted token; read on so trailing garbage is still an error.
    while (p.nextToken() != null) {
      // tokenizing is the validation
    }
    // An object none of whose fields we keep (GitHub's App ping has only zen, hook_id and
    // hook; "{}") is still an object, not an error.
    if (tree == null || tree.isMissingNode()) return mapper.createObjectNode();
    return tree.isObject() ? tree : null;
  }

  private static Node node() {
    return new Node();
  }

  /** Which properties to keep below one object; array elements share their array's node. */
  private static final class Node extends TokenFilter {
    private final Map<String, TokenFilter> children = new HashMap<>();
    private boolean keepNull;

    Node leaf(String name) {
      children.put(name, TokenFilter.INCLUDE_ALL);
      return this;
    }

    Node child(String name, Node node) {
      children.put(name, node);
      return this;
    }

    /** Keeps the property when its value is null instead of an object. */
    Node orNull() {
      keepNull = true;
      return this;
    }

    @Override
    public TokenFilter includeProperty(String name) {
      return children.get(name);
    }

    @Override
    public TokenFilter includeElement(int index) {
      return this;
    }

    @Override
    public TokenFilter filterStartObject() {
      return this;
    }

    @Override
    public TokenFilter filterStartArray() {
      return this;
    }

    @Override
    protected boolean _includeScalar() {
      return false;
    }

    @Override
    public boolean includeNull() {
      return keepNull;
    }
  }
}
