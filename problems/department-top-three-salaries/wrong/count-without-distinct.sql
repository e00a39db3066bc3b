-- Wrong: counts higher-paid people rather than higher distinct salaries (RANK semantics again).
SELECT d.name AS department,
       e.name AS employee,
       e.salary
FROM Employees AS e
JOIN Departments AS d ON d.id = e.departmentId
WHERE (
  SELECT COUNT(*)
  FROM Employees AS e2
  WHERE e2.departmentId = e.departmentId AND e2.salary > e.salary
) < 3;
