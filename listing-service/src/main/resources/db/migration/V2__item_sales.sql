-- Item sales: listing-service owns the stock. quantity is what is left to sell (0 once sold out),
-- sold_units counts every unit sold through escrow that has been applied here.
ALTER TABLE listing
    ADD COLUMN sold_units INT NOT NULL DEFAULT 0 CONSTRAINT listing_sold_units_not_negative CHECK (sold_units >= 0),
    ADD CONSTRAINT listing_quantity_not_negative CHECK (quantity >= 0);
