-- Wrong: without DISTINCT a tie at the top returns the top salary again (and no row when there is
-- at most one employee).
SELECT salary AS secondHighestSalary
FROM Payroll
ORDER BY salary DESC
LIMIT 1 OFFSET 1;
