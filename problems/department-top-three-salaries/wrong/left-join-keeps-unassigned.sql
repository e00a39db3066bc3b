-- Wrong: the LEFT JOIN keeps the top earners of the NULL "department" with a NULL department name.
SELECT d.name AS department,
       r.name AS employee,
       r.salary
FROM (
  SELECT name, salary, departmentId,
         DENSE_RANK() OVER (PARTITION BY departmentId ORDER BY salary DESC) AS place
  FROM Employees
) AS r
LEFT JOIN Departments AS d ON d.id = r.departmentId
WHERE r.place <= 3;
