-- Wrong: without PARTITION BY userId the total runs over all users' payments by day.
SELECT id AS paymentId,
       userId,
       day,
       COALESCE(SUM(amount) OVER (ORDER BY day, id), 0) AS runningTotal
FROM Payments
ORDER BY userId, day, id;
