-- Wrong: EXCEPT works on names, so it merges customers who share a name and drops a
-- non-buyer whose namesake has ordered.
SELECT name FROM Customers
EXCEPT
SELECT c.name FROM Customers AS c JOIN Orders AS o ON o.customerId = c.id;
