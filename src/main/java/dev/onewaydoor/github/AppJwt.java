package dev.onewaydoor.github;

import io.jsonwebtoken.Jwts;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;

/**
 * Signs the App's JSON Web Token (RS256): issued 60 s in the past to absorb clock drift,
 * expiring 9 minutes later (GitHub allows at most 10), issuer = the App id.
 */
public final class AppJwt {
  private final String appId;
  private final PrivateKey key;
  private final Clock clock;

  public AppJwt(String appId, PrivateKey key, Clock clock) {
    this.appId = appId;
    this.key = key;
    this.clock = clock;
  }

  /** Returns a fresh token. Cheap enough to call per request that needs one. */
  public String create() {
    Instant now = clock.instant();
    return Jwts.builder()
        .issuer(appId)
        .issuedAt(Date.from(now.minusSeconds(60)))
        .expiration(Date.from(now.plusSeconds(540)))
        .signWith(key, Jwts.SIG.RS256)
        .compact();
  }
}
