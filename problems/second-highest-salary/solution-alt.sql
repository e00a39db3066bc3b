-- Another way: the second distinct value by LIMIT/OFFSET, inside a scalar subquery so that
-- "no such row" becomes one row holding NULL.
SELECT (
  SELECT DISTINCT salary
  FROM Payroll
  ORDER BY salary DESC
  LIMIT 1 OFFSET 1
) AS secondHighestSalary;
