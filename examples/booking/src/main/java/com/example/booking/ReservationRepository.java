package com.example.booking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Release 2.0 of the booking service: reads the new confirmation codes. */
public final class ReservationRepository {
  private static final String FIND_BY_CODE =
      "SELECT id, confirmation_code, guest_name, check_in, check_out FROM reservations WHERE confirmation_code = ?";

  private final Connection db;

  public ReservationRepository(Connection db) {
    this.db = db;
  }

  public boolean exists(String confirmationCode) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement(FIND_BY_CODE)) {
      ps.setString(1, confirmationCode);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }
}
