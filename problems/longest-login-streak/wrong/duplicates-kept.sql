-- Wrong: numbering every login instead of every distinct day; a second login on the same day
-- shifts day - row number and splits the streak.
WITH islands AS (
  SELECT userId,
         julianday(day) - ROW_NUMBER() OVER (PARTITION BY userId ORDER BY day) AS island
  FROM Logins
),
streaks AS (
  SELECT userId, COUNT(*) AS length FROM islands GROUP BY userId, island
)
SELECT u.id AS userId, u.name, COALESCE(MAX(s.length), 0) AS longestStreak
FROM Users AS u
LEFT JOIN streaks AS s ON s.userId = u.id
GROUP BY u.id, u.name;
