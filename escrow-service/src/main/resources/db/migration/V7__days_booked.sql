-- An item lent by the day (a spare room, a drill) can be booked for given days: from the buyer's
-- start date for `quantity` days, `booked_until` being the day it comes back. No more escrows may
-- hold money for one day than the listing has units; escrow-service checks that under the listing
-- copy's lock when money is held, as it does for pieces sold from stock. Escrows without dates (all
-- before this column, and any opened without a start date) book nothing.
ALTER TABLE escrow
    ADD COLUMN booked_from DATE,
    ADD COLUMN booked_until DATE,
    ADD CONSTRAINT escrow_booked_days_are_a_range CHECK (
        (booked_from IS NULL) = (booked_until IS NULL) AND booked_until > booked_from);

-- Only dated escrows are in it, so no other escrow's writes pay for it.
CREATE INDEX escrow_booked_days_by_listing ON escrow (listing_id, booked_from)
    WHERE booked_from IS NOT NULL;
