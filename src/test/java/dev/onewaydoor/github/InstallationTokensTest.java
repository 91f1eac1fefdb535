package dev.onewaydoor.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.onewaydoor.fakegithub.FakeGitHub;
import dev.onewaydoor.testing.TestKeys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** Tokens come from the real endpoint of the fake, are cached, and are refreshed before expiry. */
class InstallationTokensTest {
  /** A clock the test moves. */
  private static final class MovableClock extends Clock {
    Instant now = Instant.now();

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  @Test
  void cachedPerInstallationAndRefreshedFiveMinutesBeforeExpiry() throws Exception {
    try (FakeGitHub gh = new FakeGitHub("77", TestKeys.publicKey())) {
      MovableClock clock = new MovableClock();
      GitHubHttp http = new GitHubHttp(new OkHttpClient(), gh.url(), clock, Sleeper.REAL);
      InstallationTokens tokens = new InstallationTokens(http,
          new AppJwt("77", PrivateKeys.parse(TestKeys.pkcs8Pem()), Clock.systemUTC()), clock);
      String first = tokens.authorization(1);
      assertEquals(first, tokens.authorization(1));
      assertNotEquals(first, tokens.authorization(2));
      assertEquals(2, gh.requests("POST", "/app/installations/\\d+/access_tokens").size());
      clock.now = clock.now.plus(Duration.ofMinutes(56)); // the fake's tokens last an hour
      assertNotEquals(first, tokens.authorization(1));
      assertEquals(3, gh.requests("POST", "/app/installations/\\d+/access_tokens").size());
      assertTrue(first.startsWith("token ghs_"));
      assertEquals(List.of(), gh.violations);
    }
  }
}
