SELECT MAX(salary) AS secondHighestSalary
FROM Payroll
WHERE salary < (SELECT MAX(salary) FROM Payroll);
