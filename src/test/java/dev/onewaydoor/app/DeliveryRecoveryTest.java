package dev.onewaydoor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onewaydoor.fakegithub.FakeGitHub;
import dev.onewaydoor.github.AppJwt;
import dev.onewaydoor.github.GitHubHttp;
import dev.onewaydoor.github.InstallationTokens;
import dev.onewaydoor.github.PrivateKeys;
import dev.onewaydoor.github.Sleeper;
import dev.onewaydoor.testing.TestKeys;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class DeliveryRecoveryTest {
  private static Map<String, Object> delivery(long id, String guid, int status, Instant at) {
    return Map.of("id", id, "guid", guid, "status_code", status, "status", status == 200 ? "OK" : "failed to connect",
        "delivered_at", at.toString(), "redelivery", false, "event", "pull_request", "duration", 0.1);
  }

  @Test
  void redeliversEventsThatNeverSucceededRecently() throws Exception {
    try (FakeGitHub gh = new FakeGitHub("77", TestKeys.publicKey())) {
      Instant now = Instant.now();
      gh.deliveries.add(delivery(6, "a", 200, now.minusSeconds(60)));      // a: redelivered fine already
      gh.deliveries.add(delivery(5, "b", 502, now.minusSeconds(120)));     // b: newest failed attempt
      gh.deliveries.add(delivery(4, "a", 0, now.minusSeconds(600)));
      gh.deliveries.add(delivery(3, "b", 0, now.minusSeconds(900)));
      gh.deliveries.add(delivery(2, "c", 200, now.minusSeconds(1000)));    // c: fine
      gh.deliveries.add(delivery(1, "d", 0, now.minusSeconds(3600 * 24))); // d: too old to matter
      Clock clock = Clock.systemUTC();
      GitHubHttp http = new GitHubHttp(new OkHttpClient(), gh.url(), clock, Sleeper.REAL);
      InstallationTokens tokens = new InstallationTokens(http, new AppJwt("77", PrivateKeys.parse(TestKeys.pkcs1Pem()), clock), clock);
      assertEquals(1, new DeliveryRecovery(http, tokens, clock).run());
      assertEquals(1, gh.requests("POST", "/app/hook/deliveries/5/attempts").size());
      assertEquals(List.of(), gh.violations);
    }
  }
}
