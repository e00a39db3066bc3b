SELECT c.name
FROM Customers AS c
LEFT JOIN Orders AS o ON o.customerId = c.id
WHERE o.id IS NULL;
