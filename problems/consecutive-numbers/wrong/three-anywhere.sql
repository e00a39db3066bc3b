-- Wrong: counts occurrences anywhere, not in a row.
SELECT value
FROM Readings
GROUP BY value
HAVING COUNT(*) >= 3;
