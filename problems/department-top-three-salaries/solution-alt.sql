-- Another way, without window functions: fewer than three distinct salaries in the same department
-- are higher than the employee's.
SELECT d.name AS department,
       e.name AS employee,
       e.salary
FROM Employees AS e
JOIN Departments AS d ON d.id = e.departmentId
WHERE (
  SELECT COUNT(DISTINCT e2.salary)
  FROM Employees AS e2
  WHERE e2.departmentId = e.departmentId AND e2.salary > e.salary
) < 3;
