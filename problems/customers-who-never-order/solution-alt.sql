-- Another way: an anti-join with NOT EXISTS (unaffected by the guest orders' NULLs).
SELECT c.name
FROM Customers AS c
WHERE NOT EXISTS (SELECT 1 FROM Orders AS o WHERE o.customerId = c.id);
