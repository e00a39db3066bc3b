-- Wrong: SUM over no priced orders is NULL, not 0.
SELECT c.id AS customerId,
       c.name,
       COUNT(o.id) AS orderCount,
       SUM(o.amount) AS totalSpent
FROM Customers AS c
LEFT JOIN Orders AS o ON o.customerId = c.id
GROUP BY c.id, c.name;
