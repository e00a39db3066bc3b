-- Wrong: while all of a user's payments so far failed, SUM is NULL rather than 0.
SELECT id AS paymentId,
       userId,
       day,
       SUM(amount) OVER (PARTITION BY userId ORDER BY day, id) AS runningTotal
FROM Payments
ORDER BY userId, day, id;
