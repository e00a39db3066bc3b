-- Wrong: the join links the roles the wrong way round (m is e's report, not e's manager).
SELECT e.name AS employee
FROM Staff AS e
JOIN Staff AS m ON m.managerId = e.id
WHERE e.salary > m.salary;
