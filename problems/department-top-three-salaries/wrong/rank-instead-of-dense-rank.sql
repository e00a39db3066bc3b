-- Wrong: RANK skips places after a tie, so a tie at the top pushes the third distinct salary out.
SELECT d.name AS department,
       r.name AS employee,
       r.salary
FROM (
  SELECT name, salary, departmentId,
         RANK() OVER (PARTITION BY departmentId ORDER BY salary DESC) AS place
  FROM Employees
) AS r
JOIN Departments AS d ON d.id = r.departmentId
WHERE r.place <= 3;
