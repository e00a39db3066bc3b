SELECT email
FROM Accounts
GROUP BY email
HAVING COUNT(*) > 1;
