-- Another way, without window functions: a player's standing is the number of distinct ratings
-- at least as high as theirs.
SELECT l.playerId,
       l.rating,
       (SELECT COUNT(DISTINCT l2.rating) FROM Leaderboard AS l2 WHERE l2.rating >= l.rating) AS standing
FROM Leaderboard AS l
ORDER BY l.rating DESC, l.playerId;
