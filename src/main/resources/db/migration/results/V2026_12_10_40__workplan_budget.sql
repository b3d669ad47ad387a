-- A workplan activity's budget as an amount in a currency (ISO 4217, as the IATI Currency codelist), beside its
-- budget line code: the IATI export sums it into per-year budget elements (decision 0035).

alter table workplan_activity add column budget_amount numeric(15, 2);
alter table workplan_activity add column budget_currency varchar(3);
alter table workplan_activity add constraint workplan_activity_budget
	check ((budget_amount is null and budget_currency is null)
		or (budget_amount >= 0 and budget_currency is not null));
