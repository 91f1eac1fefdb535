package dev.onewaydoor.github;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Verifies {@code X-Hub-Signature-256} over the raw request body, in constant time. */
public final class WebhookSignature {
  private final SecretKeySpec key;

  public WebhookSignature(String secret) {
    this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  /** Returns {@code sha256=<hex>} for {@code body}. */
  public String sign(byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] digest = mac.doFinal(body);
      StringBuilder sb = new StringBuilder("sha256=");
      for (byte b : digest) sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
      return sb.toString();
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  /** True when {@code header} is the signature of {@code body}; false for a missing or malformed one. */
  public boolean verify(byte[] body, String header) {
    if (header == null || !header.startsWith("sha256=")) return false;
    byte[] expected = sign(body).getBytes(StandardCharsets.US_ASCII);
    byte[] actual = header.getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, actual);
  }
}
