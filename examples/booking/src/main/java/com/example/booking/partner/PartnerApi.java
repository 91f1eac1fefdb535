package com.example.booking.partner;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The partner API nobody remembered: it still looks reservations up by their booking reference. */
public final class PartnerApi {
  private final Connection db;

  public PartnerApi(Connection db) {
    this.db = db;
  }

  public String guestOf(String bookingRef) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement(
        "SELECT guest_name FROM reservations WHERE booking_ref = ?")) {
      ps.setString(1, bookingRef);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }
}
