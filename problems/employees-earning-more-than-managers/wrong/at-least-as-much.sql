-- Wrong: >= also lists employees paid exactly as much as their manager.
SELECT e.name AS employee
FROM Staff AS e
JOIN Staff AS m ON e.managerId = m.id
WHERE e.salary >= m.salary;
