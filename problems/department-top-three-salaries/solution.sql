SELECT d.name AS department,
       r.name AS employee,
       r.salary
FROM (
  SELECT name,
         salary,
         departmentId,
         DENSE_RANK() OVER (PARTITION BY departmentId ORDER BY salary DESC) AS place
  FROM Employees
) AS r
JOIN Departments AS d ON d.id = r.departmentId
WHERE r.place <= 3;
