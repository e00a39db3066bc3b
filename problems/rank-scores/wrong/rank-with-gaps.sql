-- Wrong: RANK leaves a gap after a tie (4.0, 4.0, 3.85 -> 1, 1, 3).
SELECT playerId,
       rating,
       RANK() OVER (ORDER BY rating DESC) AS standing
FROM Leaderboard
ORDER BY rating DESC, playerId;
