SELECT playerId,
       rating,
       DENSE_RANK() OVER (ORDER BY rating DESC) AS standing
FROM Leaderboard
ORDER BY rating DESC, playerId;
