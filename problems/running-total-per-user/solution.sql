SELECT id AS paymentId,
       userId,
       day,
       COALESCE(SUM(amount) OVER (
         PARTITION BY userId
         ORDER BY day, id
         ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
       ), 0) AS runningTotal
FROM Payments
ORDER BY userId, day, id;
