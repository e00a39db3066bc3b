-- Wrong: a run of four or more, or two runs, lists the value more than once.
SELECT value
FROM (
  SELECT value,
         LAG(value, 1) OVER (ORDER BY id) AS prev1,
         LAG(value, 2) OVER (ORDER BY id) AS prev2
  FROM Readings
)
WHERE value = prev1 AND value = prev2;
