package dev.onewaydoor.github;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies {@code X-Hub-Signature-256} over the raw request body, in constant time. The HMAC
 * can be computed while the body streams in ({@link #start()}), so a body need never be held
 * whole before its signature is known to be right.
 */
public final class WebhookSignature {
  private static final String PREFIX = "sha256=";
  private final SecretKeySpec key;
  /** Keyed once; each body gets a clone (cheaper than a provider lookup per request). */
  private final Mac keyed;

  public WebhookSignature(String secret) {
    this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    this.keyed = newMac();
  }

  /** Returns a fresh HMAC to feed the body to, chunk by chunk. */
  public Mac start() {
    try {
      synchronized (keyed) {
        return (Mac) keyed.clone();
      }
    } catch (CloneNotSupportedException e) {
      return newMac();
    }
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  /** Returns {@code sha256=<hex>} for {@code body}. */
  public String sign(byte[] body) {
    return PREFIX + HexFormat.of().formatHex(start().doFinal(body));
  }

  /** True when {@code header} has the shape of a signature: worth reading the body for. */
  public static boolean wellFormed(String header) {
    return header != null && header.length() == PREFIX.length() + 64 && header.startsWith(PREFIX)
        && header.substring(PREFIX.length()).chars().allMatch(c -> Character.digit(c, 16) >= 0);
  }

  /** True when {@code header} is the signature of {@code body}; false for a missing or malformed one. */
  public boolean verify(byte[] body, String header) {
    return matches(start().doFinal(body), header);
  }

  /** True when {@code header} names {@code digest}, the finished HMAC of the body. */
  public static boolean matches(byte[] digest, String header) {
    if (!wellFormed(header)) return false;
    byte[] expected = (PREFIX + HexFormat.of().formatHex(digest)).getBytes(StandardCharsets.US_ASCII);
    byte[] actual = header.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(expected, actual);
  }
}
