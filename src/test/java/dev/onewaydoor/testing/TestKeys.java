package dev.onewaydoor.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** The test-only App key pair in {@code src/test/resources/keys}, and resource reading. */
public final class TestKeys {
  private TestKeys() {}

  public static String resource(String name) throws IOException {
    try (InputStream in = TestKeys.class.getResourceAsStream(name)) {
      if (in == null) throw new IOException("no test resource " + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  public static String pkcs1Pem() throws IOException {
    return resource("/keys/test-app-pkcs1.pem");
  }

  public static String pkcs8Pem() throws IOException {
    return resource("/keys/test-app-pkcs8.pem");
  }

  public static PublicKey publicKey() throws IOException, GeneralSecurityException {
    String b64 = resource("/keys/test-app-public.pem").replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(b64)));
  }
}
