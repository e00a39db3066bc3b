-- Wrong: ROW_NUMBER gives tied players different standings.
SELECT playerId,
       rating,
       ROW_NUMBER() OVER (ORDER BY rating DESC, playerId) AS standing
FROM Leaderboard
ORDER BY rating DESC, playerId;
