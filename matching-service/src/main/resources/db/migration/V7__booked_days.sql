-- Search can leave out what is booked up on the days a buyer asks for: a spare room or a drill lent
-- by the day, booked through escrow for given days (EscrowSnapshot.bookedFrom/bookedUntil).
--
-- units: an item's quantity from listing-service's snapshot, how many bookings one day can take;
-- null for services, and for listings not re-announced since this column came (counted as one).
ALTER TABLE listing ADD COLUMN units INT;

-- One row per escrow that holds money for its days: added at EscrowHeld, removed by a full refund
-- (revoked, declined, expired, or resolved with nothing for the seller). booked_until is the day
-- the item comes back.
CREATE TABLE booked_days (
    escrow_id    UUID PRIMARY KEY,
    listing_id   UUID NOT NULL,
    booked_from  DATE NOT NULL,
    booked_until DATE NOT NULL CHECK (booked_until > booked_from)
);
CREATE INDEX booked_days_by_listing ON booked_days (listing_id, booked_from);
