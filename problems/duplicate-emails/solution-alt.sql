-- Another way: an address is duplicated when another account (different id) has it.
SELECT DISTINCT a.email
FROM Accounts AS a
WHERE EXISTS (
  SELECT 1 FROM Accounts AS b
  WHERE b.email = a.email AND b.id <> a.id
);
