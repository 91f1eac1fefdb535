package dev.onewaydoor.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.onewaydoor.cli.ServeCommand;
import dev.onewaydoor.config.ReportPagesSetting;
import dev.onewaydoor.config.ServerConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A missing or invalid setting: one line naming it, exit status 2, no secret echoed. */
class ServeConfigTest {
  private static String serve(Map<String, String> env) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Integer status = ServeCommand.run(env, new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, status);
    return err.toString(StandardCharsets.UTF_8);
  }

  private static Map<String, String> env(String... kv) {
    Map<String, String> m = new HashMap<>(Map.of("APP_ID", "1", "PRIVATE_KEY", "x", "WEBHOOK_SECRET", "s3cret-value"));
    for (int i = 0; i < kv.length; i += 2) {
      if (kv[i + 1] == null) m.remove(kv[i]);
      else m.put(kv[i], kv[i + 1]);
    }
    return m;
  }

  @Test
  void eachSettingIsNamed() {
    assertEquals("onewaydoor serve: APP_ID is required\n", serve(env("APP_ID", null)));
    assertEquals("onewaydoor serve: WEBHOOK_SECRET is required\n", serve(env("WEBHOOK_SECRET", "")));
    assertEquals("onewaydoor serve: PRIVATE_KEY or PRIVATE_KEY_PATH is required\n", serve(env("PRIVATE_KEY", null)));
    assertEquals("onewaydoor serve: PRIVATE_KEY_PATH /nope.pem cannot be read\n",
        serve(env("PRIVATE_KEY", null, "PRIVATE_KEY_PATH", "/nope.pem")));
    assertEquals("onewaydoor serve: PORT must be a number from 0 to 65535\n", serve(env("PORT", "http")));
    assertEquals("onewaydoor serve: LOG_LEVEL must be trace, debug, info, warn or error\n", serve(env("LOG_LEVEL", "loud")));
    assertEquals("onewaydoor serve: GITHUB_API_URL must be an http(s) URL, such as https://HOST/api/v3\n",
        serve(env("GITHUB_API_URL", "ghe.example.com")));
    assertEquals("onewaydoor serve: DATABASE_URL must be postgresql://user:password@host:port/db (or mysql://, mariadb://)\n",
        serve(env("DATABASE_URL", "jdbc:oracle:thin:scott/tiger@db")));
    assertEquals("onewaydoor serve: VERIFY_FORKS must be true or false\n", serve(env("VERIFY_FORKS", "yes")));
    assertEquals("onewaydoor serve: REPORT_PAGES must be public, all or off\n", serve(env("REPORT_PAGES", "private")));
  }

  @Test
  void aBadKeyIsNamedWithoutItsContent() {
    String out = serve(env("PRIVATE_KEY", "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----"));
    assertEquals(1, out.lines().count());
    assertFalse(out.contains("AAAA"));
    assertFalse(out.contains("s3cret-value"));
  }

  @Test
  void defaultsAndToStringWithoutSecrets() throws Exception {
    ServerConfig c = ServerConfig.fromEnv(env());
    assertEquals(3000, c.port());
    assertEquals("/api/github/webhooks", c.webhookPath());
    assertEquals("https://api.github.com", c.apiUrl());
    assertNull(c.dataDir());
    assertEquals(ReportPagesSetting.PUBLIC, c.reportPages());
    assertEquals(ReportPagesSetting.ALL, ServerConfig.fromEnv(env("REPORT_PAGES", " All ")).reportPages());
    assertFalse(c.toString().contains("s3cret-value"));
    assertNull(c.databaseUrl(), "the embedded PostgreSQL");
    assertFalse(c.verifyForks());
    ServerConfig db = ServerConfig.fromEnv(env("DATABASE_URL", "postgresql://ci:db-s3cret@db:5432/ci", "VERIFY_FORKS", "true"));
    assertEquals("postgresql://ci:db-s3cret@db:5432/ci", db.databaseUrl());
    assertFalse(db.toString().contains("db-s3cret"), db.toString());
    assertEquals(true, db.verifyForks());
  }
}
