package dev.onewaydoor.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onewaydoor.github.GitHubException;
import dev.onewaydoor.github.GitHubHttp;
import dev.onewaydoor.github.InstallationTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GitHub never redelivers a webhook by itself: deliveries that failed while the server was
 * down (a deploy, a crash) are lost unless someone asks. At start-up this asks GitHub for the
 * App's recent deliveries and requests a redelivery of each event that has no successful
 * delivery yet. Redeliveries keep their delivery id, so nothing is done twice.
 */
public final class DeliveryRecovery {
  private static final Logger LOG = LoggerFactory.getLogger(DeliveryRecovery.class);
  /** Look back this far; GitHub keeps deliveries for a few days. */
  static final Duration WINDOW = Duration.ofHours(6);
  /** Never flood GitHub (or ourselves) after a long outage. */
  static final int MAX_REDELIVERIES = 100;

  private final GitHubHttp http;
  private final InstallationTokens tokens;
  private final Clock clock;

  public DeliveryRecovery(GitHubHttp http, InstallationTokens tokens, Clock clock) {
    this.http = http;
    this.tokens = tokens;
    this.clock = clock;
  }

  /** Requests redelivery of recent failed events; returns how many were requested. */
  public int run() {
    try {
      Instant since = clock.instant().minus(WINDOW);
      Set<String> succeeded = new HashSet<>();
      Map<String, Long> failed = new LinkedHashMap<>(); // guid → newest failed attempt
      List<JsonNode> deliveries = http.getAll("/app/hook/deliveries", tokens.appAuthorization(), null);
      for (JsonNode d : deliveries) {
        String at = d.path("delivered_at").asText("");
        if (at.isEmpty() || Instant.parse(at).isBefore(since)) continue;
        String guid = d.path("guid").asText();
        int code = d.path("status_code").asInt(0);
        if (code >= 200 && code < 300) succeeded.add(guid);
        else failed.putIfAbsent(guid, d.path("id").asLong());
      }
      int requested = 0;
      for (Map.Entry<String, Long> e : failed.entrySet()) {
        if (succeeded.contains(e.getKey()) || requested >= MAX_REDELIVERIES) continue;
        http.send("POST", "/app/hook/deliveries/" + e.getValue() + "/attempts", null, tokens.appAuthorization());
        requested++;
      }
      if (requested > 0) LOG.info("asked GitHub to redeliver {} webhook deliveries that failed while we were away", requested);
      return requested;
    } catch (GitHubException e) {
      LOG.warn("could not check for missed webhook deliveries: {}", e.getMessage());
      return 0;
    } catch (RuntimeException e) {
      LOG.error("internal error while checking for missed webhook deliveries", e);
      return 0;
    }
  }
}
