-- Another way: aggregate the orders first, then attach the totals to every customer.
SELECT c.id AS customerId,
       c.name,
       IFNULL(t.orderCount, 0) AS orderCount,
       IFNULL(t.totalSpent, 0) AS totalSpent
FROM Customers AS c
LEFT JOIN (
  SELECT customerId, COUNT(*) AS orderCount, SUM(amount) AS totalSpent
  FROM Orders
  GROUP BY customerId
) AS t ON t.customerId = c.id;
