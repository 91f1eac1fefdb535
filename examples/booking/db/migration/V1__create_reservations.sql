-- The booking service's first schema.
CREATE TABLE reservations (
    id            bigserial PRIMARY KEY,
    booking_ref   varchar(12) NOT NULL UNIQUE,
    guest_name    varchar(200) NOT NULL,
    check_in      date NOT NULL,
    check_out     date NOT NULL,
    fax_number    varchar(40),
    created_at    timestamptz NOT NULL DEFAULT now()
);
