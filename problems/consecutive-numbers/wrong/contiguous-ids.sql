-- Wrong: assumes ids are contiguous (id + 1, id + 2), which misses runs across gaps in the ids.
SELECT DISTINCT a.value
FROM Readings AS a
JOIN Readings AS b ON b.id = a.id + 1 AND b.value = a.value
JOIN Readings AS c ON c.id = a.id + 2 AND c.value = a.value;
