-- Wrong: the inner join drops the customers who never ordered.
SELECT c.id AS customerId,
       c.name,
       COUNT(o.id) AS orderCount,
       COALESCE(SUM(o.amount), 0) AS totalSpent
FROM Customers AS c
JOIN Orders AS o ON o.customerId = c.id
GROUP BY c.id, c.name;
