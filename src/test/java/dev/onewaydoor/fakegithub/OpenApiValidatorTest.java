package dev.onewaydoor.fakegithub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fake's checker catches what GitHub would reject, and passes what it accepts. */
class OpenApiValidatorTest {
  private final OpenApiValidator v;
  private final ObjectMapper json = new ObjectMapper();

  OpenApiValidatorTest() throws Exception {
    v = new OpenApiValidator("/github/rest-api-subset.openapi.json");
  }

  @Test
  void acceptsAValidCheckRunUpdate() throws Exception {
    assertEquals(List.of(), v.validate("PATCH", "/repos/acme/booking/check-runs/5", Set.of(), json.readTree(
        "{\"status\":\"completed\",\"conclusion\":\"failure\",\"output\":{\"title\":\"t\",\"summary\":\"s\","
            + "\"annotations\":[{\"path\":\"a.sql\",\"start_line\":1,\"end_line\":1,\"annotation_level\":\"failure\",\"message\":\"m\"}]}}")));
  }

  @Test
  void rejectsBadEnumsMissingFieldsUnknownPathsAndQueries() throws Exception {
    List<String> e = v.validate("PATCH", "/repos/acme/booking/check-runs/5", Set.of(), json.readTree(
        "{\"conclusion\":\"green\",\"output\":{\"title\":\"t\",\"summary\":\"s\",\"annotations\":[{\"path\":\"a.sql\"}]}}"));
    assertTrue(e.stream().anyMatch(s -> s.contains("\"green\" not in")), e.toString());
    assertTrue(e.stream().anyMatch(s -> s.contains("missing required field start_line")), e.toString());
    assertTrue(v.validate("GET", "/repos/acme/booking/nope", Set.of(), null).get(0).contains("no such path"));
    assertTrue(v.validate("PUT", "/repos/acme/booking/check-runs/5", Set.of(), null).get(0).contains("method not allowed"));
    assertTrue(v.validate("GET", "/repos/acme/booking/pulls/1/files", Set.of("perpage"), null).get(0).contains("undeclared query"));
  }

  @Test
  void rejectsTooManyActionsAndLongLabels() throws Exception {
    List<String> e = v.validate("PATCH", "/repos/a/b/check-runs/1", Set.of(), json.readTree(
        "{\"actions\":[{\"label\":\"This label is far too long\",\"description\":\"d\",\"identifier\":\"i\"}]}"));
    assertTrue(e.stream().anyMatch(s -> s.contains("longer than 20")), e.toString());
  }
}
