-- Wrong: the inner join drops the users who never signed in (they should get 0).
WITH days AS (
  SELECT DISTINCT userId, day FROM Logins
),
islands AS (
  SELECT userId,
         julianday(day) - ROW_NUMBER() OVER (PARTITION BY userId ORDER BY day) AS island
  FROM days
),
streaks AS (
  SELECT userId, COUNT(*) AS length FROM islands GROUP BY userId, island
)
SELECT u.id AS userId, u.name, MAX(s.length) AS longestStreak
FROM Users AS u
JOIN streaks AS s ON s.userId = u.id
GROUP BY u.id, u.name;
