-- Another way: LAG finds the days that start a streak (the previous distinct day is not the day
-- before), a running SUM of those starts numbers the streaks; each user's longest is joined to
-- every user, IFNULL giving 0 to those who never signed in.
WITH days AS (
  SELECT DISTINCT userId, day FROM Logins
),
marked AS (
  SELECT userId, day,
         CASE WHEN LAG(day) OVER (PARTITION BY userId ORDER BY day) = date(day, '-1 day') THEN 0 ELSE 1 END AS starts
  FROM days
),
numbered AS (
  SELECT userId, SUM(starts) OVER (PARTITION BY userId ORDER BY day) AS streak
  FROM marked
),
lengths AS (
  SELECT userId, streak, COUNT(*) AS length
  FROM numbered
  GROUP BY userId, streak
),
best AS (
  SELECT userId, MAX(length) AS longest
  FROM lengths
  GROUP BY userId
)
SELECT u.id AS userId,
       u.name,
       IFNULL(b.longest, 0) AS longestStreak
FROM Users AS u
LEFT JOIN best AS b ON b.userId = u.id;
