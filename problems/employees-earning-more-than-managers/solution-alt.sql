-- Another way: a correlated scalar subquery fetches the manager's salary
-- (no row, hence NULL and no match, for those without a manager).
SELECT name AS employee
FROM Staff AS e
WHERE e.salary > (SELECT m.salary FROM Staff AS m WHERE m.id = e.managerId);
