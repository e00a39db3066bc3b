-- Wrong: the day of the month is not a continuous day count; streaks across a month's end split.
WITH days AS (
  SELECT DISTINCT userId, day FROM Logins
),
islands AS (
  SELECT userId,
         CAST(substr(day, 9, 2) AS INTEGER) - ROW_NUMBER() OVER (PARTITION BY userId ORDER BY day) AS island
  FROM days
),
streaks AS (
  SELECT userId, COUNT(*) AS length FROM islands GROUP BY userId, island
)
SELECT u.id AS userId, u.name, COALESCE(MAX(s.length), 0) AS longestStreak
FROM Users AS u
LEFT JOIN streaks AS s ON s.userId = u.id
GROUP BY u.id, u.name;
