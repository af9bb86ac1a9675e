-- Search can leave out what is booked up at the time a buyer asks for: a parking space or a drill
-- lent by the hour, booked through escrow for a given time (EscrowSnapshot.bookedStart/bookedEnd).
--
-- One row per escrow that holds money for its time: added at EscrowHeld, removed by a full refund,
-- as booked_days. booked_end is when the item comes back.
CREATE TABLE booked_hours (
    escrow_id    UUID PRIMARY KEY,
    listing_id   UUID NOT NULL,
    booked_start TIMESTAMPTZ NOT NULL,
    booked_end   TIMESTAMPTZ NOT NULL CHECK (booked_end > booked_start)
);
CREATE INDEX booked_hours_by_listing ON booked_hours (listing_id, booked_start);
