SELECT c.id AS customerId,
       c.name,
       COUNT(o.id) AS orderCount,
       COALESCE(SUM(o.amount), 0) AS totalSpent
FROM Customers AS c
LEFT JOIN Orders AS o ON o.customerId = c.id
GROUP BY c.id, c.name;
