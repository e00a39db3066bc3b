-- Wrong: off by one, misses the addresses used exactly twice.
SELECT email
FROM Accounts
GROUP BY email
HAVING COUNT(*) > 2;
