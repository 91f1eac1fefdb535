package dev.onewaydoor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs {@code onewaydoor check --format json} on a real layout of each supported framework
 * and compares the findings (rule, file, line) and the exit status.
 */
class LayoutEndToEndTest {
  private static final String ROOT = "src/test/resources/layouts/";

  static Stream<Arguments> layouts() {
    return Stream.of(
        Arguments.of("flyway", 1, List.of("drop-column db/migration/V1_1__drop_fax.sql:1")),
        Arguments.of("golang-migrate", 1, List.of(
            "down-does-not-restore migrations/000002_rename_username.up.sql:1",
            "rename-column migrations/000002_rename_username.up.sql:1")),
        Arguments.of("dbmate", 1, List.of(
            "drop-column db/migrations/20240201000000_drop_fax.sql:2",
            "missing-down-migration db/migrations/20240201000000_drop_fax.sql:2")),
        Arguments.of("goose", 1, List.of("drop-column db/migrations/00002_drop_nickname.sql:3")),
        Arguments.of("diesel", 1, List.of("rename-column migrations/2024-02-01-000000_rename_email/up.sql:1")),
        Arguments.of("sqitch", 1, List.of("drop-column deploy/drop_twitter.sql:2")),
        Arguments.of("prisma", 1, List.of("drop-column prisma/migrations/20240201000000_drop_nickname/migration.sql:8")),
        Arguments.of("liquibase", 1, List.of(
            "lossy-type-change db/changelog/changelog.sql:12",
            "drop-column db/changelog/changelog.sql:16",
            "missing-down-migration db/changelog/changelog.sql:16")),
        Arguments.of("plain", 1, List.of("truncate-table migrations/002_cleanup.sql:1")),
        Arguments.of("mysql", 1, List.of(
            "lossy-type-change db/migration/V2__shrink.sql:1",
            "rename-column db/migration/V2__shrink.sql:2")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("layouts")
  void checkFindsTheOneWayDoorsOfEachLayout(String layout, int exit, List<String> expected) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new CheckCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err))
        .run(List.of(ROOT + layout, "--format", "json"));
    assertEquals("", err.toString(StandardCharsets.UTF_8));
    JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    List<String> actual = new ArrayList<>();
    for (JsonNode f : json.get("findings")) {
      String file = f.get("file").asText().substring((ROOT + layout + "/").length());
      actual.add(f.get("rule").asText() + " " + file + ":" + f.get("line").asInt());
    }
    assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList());
    assertEquals(exit, status);
  }
}
