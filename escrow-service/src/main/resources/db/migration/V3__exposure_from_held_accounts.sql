-- A buyer's open exposure (the limit checked at open and confirm) is read from their held account:
-- its balance is the total of their open escrows in that currency, since only a confirm moves money
-- into it and every way an escrow closes moves that total out. Summing the open escrows instead
-- read more rows the more a buyer had open, and this index cost an entry on every status change.
DROP INDEX escrow_open_by_buyer;
