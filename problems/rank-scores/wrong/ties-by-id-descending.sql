-- Wrong: right standings, but equal ratings are listed by playerId descending.
SELECT playerId,
       rating,
       DENSE_RANK() OVER (ORDER BY rating DESC) AS standing
FROM Leaderboard
ORDER BY rating DESC, playerId DESC;
