package dev.onewaydoor.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.testing.TestKeys;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.Jwts;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AppAuthTest {
  @Test
  void readsPkcs1AsGitHubHandsItOutAndPkcs8() throws Exception {
    PrivateKey a = PrivateKeys.parse(TestKeys.pkcs1Pem());
    PrivateKey b = PrivateKeys.parse(TestKeys.pkcs8Pem());
    assertEquals(a, b);
    PrivateKey c = PrivateKeys.parse(TestKeys.pkcs1Pem().replace("\n", "\\n"));
    assertEquals(a, c, "keys pasted into env vars with literal \\n");
  }

  @Test
  void badKeysFailWithoutEchoingThem() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PrivateKeys.parse("hunter2"));
    assertFalse(e.getMessage().contains("hunter2"));
    e = assertThrows(IllegalArgumentException.class,
        () -> PrivateKeys.parse("-----BEGIN RSA PRIVATE KEY-----\nc2VjcmV0\n-----END RSA PRIVATE KEY-----"));
    assertFalse(e.getMessage().contains("c2VjcmV0"));
  }

  @Test
  void jwtIsRs256IssuedInThePastAndShortLived() throws Exception {
    Instant now = Instant.parse("2026-11-27T12:00:00Z");
    String token = new AppJwt("12345", PrivateKeys.parse(TestKeys.pkcs1Pem()),
        Clock.fixed(now, ZoneOffset.UTC)).create();
    var jws = Jwts.parser().verifyWith(TestKeys.publicKey()).clock(() -> java.util.Date.from(now)).build().parseSignedClaims(token);
    Claims c = jws.getPayload();
    assertEquals("RS256", jws.getHeader().getAlgorithm());
    assertEquals("12345", c.getIssuer());
    assertEquals(now.minusSeconds(60), c.getIssuedAt().toInstant());
    assertTrue(c.getExpiration().toInstant().isBefore(now.plusSeconds(601)));
  }
}
