-- Another way, without window functions: a correlated subquery sums the user's payments that
-- come before this one in (day, id) order, or are this one.
SELECT p.id AS paymentId,
       p.userId,
       p.day,
       (SELECT IFNULL(SUM(q.amount), 0)
        FROM Payments AS q
        WHERE q.userId = p.userId
          AND (q.day < p.day OR (q.day = p.day AND q.id <= p.id))) AS runningTotal
FROM Payments AS p
ORDER BY p.userId, p.day, p.id;
