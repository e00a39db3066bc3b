-- Wrong: COUNT(*) counts the NULL-extended row, so a customer without orders gets 1.
SELECT c.id AS customerId,
       c.name,
       COUNT(*) AS orderCount,
       COALESCE(SUM(o.amount), 0) AS totalSpent
FROM Customers AS c
LEFT JOIN Orders AS o ON o.customerId = c.id
GROUP BY c.id, c.name;
