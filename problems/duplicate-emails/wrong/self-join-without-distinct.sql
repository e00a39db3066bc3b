-- Wrong: an address used k times is listed k*(k-1)/2 times (no DISTINCT).
SELECT a.email
FROM Accounts AS a
JOIN Accounts AS b ON a.email = b.email AND a.id < b.id;
