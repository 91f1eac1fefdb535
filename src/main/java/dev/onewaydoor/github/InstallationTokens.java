package dev.onewaydoor.github;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Installation access tokens, cached per installation and refreshed five minutes before
 * they expire (they last an hour). Tokens are opaque: no length or shape is assumed.
 */
public final class InstallationTokens {
  private static final long REFRESH_MARGIN_S = 300;

  private record Cached(String token, Instant expires) {}

  private final GitHubHttp http;
  private final AppJwt jwt;
  private final Clock clock;
  private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

  public InstallationTokens(GitHubHttp http, AppJwt jwt, Clock clock) {
    this.http = http;
    this.jwt = jwt;
    this.clock = clock;
  }

  /** Returns an {@code Authorization} header value for the installation. */
  public String authorization(long installationId) throws GitHubException {
    Cached c = cache.get(installationId);
    if (c == null || c.expires().minusSeconds(REFRESH_MARGIN_S).isBefore(clock.instant())) {
      GitHubHttp.Answer a = http.send("POST", "/app/installations/" + installationId + "/access_tokens", null,
          appAuthorization());
      JsonNode json = a.json();
      if (json == null || !json.hasNonNull("token")) {
        throw new GitHubException(a.status(), "GitHub returned no installation token");
      }
      Instant expires = json.hasNonNull("expires_at") ? Instant.parse(json.get("expires_at").asText())
          : clock.instant().plusSeconds(3600);
      c = new Cached(json.get("token").asText(), expires);
      cache.put(installationId, c);
    }
    return "token " + c.token();
  }

  /** Forgets a token GitHub rejected, so the next request fetches a new one. */
  public void invalidate(long installationId) {
    cache.remove(installationId);
  }

  /** The App's own {@code Authorization} header, for /app endpoints. */
  public String appAuthorization() {
    return "Bearer " + jwt.create();
  }

}
