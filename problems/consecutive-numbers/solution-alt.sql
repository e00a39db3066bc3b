-- Another way, without window functions: correlated subqueries fetch the two readings just
-- before each one in id order (index seeks on the primary key).
SELECT DISTINCT r.value
FROM Readings AS r
WHERE r.value = (SELECT p.value FROM Readings AS p WHERE p.id < r.id ORDER BY p.id DESC LIMIT 1)
  AND r.value = (SELECT p.value FROM Readings AS p WHERE p.id < r.id ORDER BY p.id DESC LIMIT 1 OFFSET 1);
