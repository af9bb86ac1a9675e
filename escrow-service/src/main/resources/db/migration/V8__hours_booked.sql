-- An item lent by the hour (a parking space, a drill) can be booked for a given time: from the
-- buyer's start for `quantity` hours, `booked_end` being when it comes back. At no moment may more
-- escrows hold money for it than the listing has units; escrow-service checks that under the
-- listing copy's lock when money is held, as it does for days. Escrows without a start time (all
-- before these columns, and any opened without one) book nothing.
ALTER TABLE escrow
    ADD COLUMN booked_start TIMESTAMPTZ,
    ADD COLUMN booked_end TIMESTAMPTZ,
    ADD CONSTRAINT escrow_booked_hours_are_a_range CHECK (
        (booked_start IS NULL) = (booked_end IS NULL) AND booked_end > booked_start),
    ADD CONSTRAINT escrow_books_days_or_hours CHECK (booked_from IS NULL OR booked_start IS NULL);

-- Only escrows booked by the hour are in it, so no other escrow's writes pay for it.
CREATE INDEX escrow_booked_hours_by_listing ON escrow (listing_id, booked_start)
    WHERE booked_start IS NOT NULL;
