-- Another way: a self-join finds pairs of accounts sharing an address; DISTINCT lists each address once.
SELECT DISTINCT a.email
FROM Accounts AS a
JOIN Accounts AS b ON b.email = a.email AND b.id <> a.id;
