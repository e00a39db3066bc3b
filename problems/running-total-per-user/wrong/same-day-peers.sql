-- Wrong: ordered by day only, the default RANGE frame includes every payment of the same day, so
-- same-day payments all show the day's full total.
SELECT id AS paymentId,
       userId,
       day,
       COALESCE(SUM(amount) OVER (PARTITION BY userId ORDER BY day), 0) AS runningTotal
FROM Payments
ORDER BY userId, day, id;
