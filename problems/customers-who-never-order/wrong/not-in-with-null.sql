-- Wrong: one guest order (customerId NULL) makes NOT IN unknown for everyone, so nothing is returned.
SELECT name
FROM Customers
WHERE id NOT IN (SELECT customerId FROM Orders);
