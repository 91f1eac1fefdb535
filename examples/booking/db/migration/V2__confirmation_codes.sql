-- Release 2.0: confirmation codes replace booking references.
ALTER TABLE reservations ADD COLUMN guest_email varchar(320);
ALTER TABLE reservations ADD COLUMN channel varchar(20) NOT NULL DEFAULT 'web';
ALTER TABLE reservations ADD COLUMN loyalty_tier varchar(10) NOT NULL;

ALTER TABLE reservations RENAME COLUMN booking_ref TO confirmation_code;

-- Nobody has sent a fax since 2009.
ALTER TABLE reservations DROP COLUMN fax_number;
