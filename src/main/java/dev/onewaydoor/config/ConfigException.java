package dev.onewaydoor.config;

/** A setting that is missing or wrong; the message names it and says what is expected. */
public final class ConfigException extends Exception {
  public ConfigException(String message) {
    super(message);
  }
}
