-- A need's budget keeps its currency's minor digits, as listing prices do since V5: NUMERIC(19, 2)
-- could not hold 12.345 KWD. NeedService refuses more digits than the currency has (no currency
-- Java knows has more than 4), so nothing is rounded here. Widening keeps every stored budget.
ALTER TABLE need ALTER COLUMN budget_amount TYPE NUMERIC(19, 4);
