package dev.onewaydoor.migrations;

import java.util.Locale;

/** The migration tools whose layouts OneWayDoor reads. */
public enum Framework {
  FLYWAY("flyway"),
  GOLANG_MIGRATE("golang-migrate"),
  /** gobuffalo/pop and ory/popx SQL migrations, one file per dialect with a generic fallback. */
  POP("pop"),
  DBMATE("dbmate"),
  /** pressly/goose SQL migrations: {@code -- +goose Up} and {@code -- +goose Down} in one file. */
  GOOSE("goose"),
  DIESEL("diesel"),
  SQITCH("sqitch"),
  PRISMA("prisma"),
  LIQUIBASE("liquibase"),
  /** Plain {@code .sql} files in a migrations folder, applied in file-name order. */
  PLAIN("plain");

  private final String id;

  Framework(String id) {
    this.id = id;
  }

  /** The name used in config and output. */
  public String id() {
    return id;
  }

  /** Parses a config value; throws with the accepted names on anything else. */
  public static Framework parse(String value) {
    for (Framework f : values()) {
      if (f.id.equals(value.toLowerCase(Locale.ROOT))) return f;
    }
    StringBuilder names = new StringBuilder();
    for (Framework f : values()) names.append(names.length() == 0 ? "" : ", ").append(f.id);
    throw new IllegalArgumentException("unknown framework '" + value + "' (expected auto, " + names + ")");
  }
}
