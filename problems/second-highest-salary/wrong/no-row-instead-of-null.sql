-- Wrong: right value when it exists, but no row at all (instead of one NULL row) when it does not.
SELECT DISTINCT salary AS secondHighestSalary
FROM Payroll
ORDER BY salary DESC
LIMIT 1 OFFSET 1;
