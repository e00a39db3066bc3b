from bisect import bisect_right


class TimeMap:
    # Per key, the set timestamps and values in two parallel lists: appended in increasing
    # timestamp order, so they stay sorted and get can binary search them.

    def __init__(self):
        self.times = {}
        self.values = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.times.setdefault(key, []).append(timestamp)
        self.values.setdefault(key, []).append(value)

    def get(self, key: str, timestamp: int) -> str:
        times = self.times.get(key)
        if not times:
            return ""
        i = bisect_right(times, timestamp)
        return self.values[key][i - 1] if i > 0 else ""
