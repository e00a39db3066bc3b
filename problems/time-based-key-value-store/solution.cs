public class TimeMap {
    // Per key, timestamps increase with each set, so a binary search finds the latest one <= t.
    private sealed class Versions {
        public int[] Times = new int[4];
        public readonly List<string> Values = new List<string>();
    }

    private readonly Dictionary<string, Versions> history = new Dictionary<string, Versions>();

    public TimeMap() {
    }

    public void Set(string key, string value, int timestamp) {
        Versions v;
        if (!history.TryGetValue(key, out v)) {
            v = new Versions();
            history[key] = v;
        }
        int n = v.Values.Count;
        if (n == v.Times.Length) Array.Resize(ref v.Times, n * 2);
        v.Times[n] = timestamp;
        v.Values.Add(value);
    }

    public string Get(string key, int timestamp) {
        Versions v;
        if (!history.TryGetValue(key, out v)) return "";
        // First index whose time is > timestamp; the answer is just before it.
        int lo = 0, hi = v.Values.Count;
        while (lo < hi) {
            int mid = (lo + hi) >> 1;
            if (v.Times[mid] <= timestamp) lo = mid + 1;
            else hi = mid;
        }
        return lo == 0 ? "" : v.Values[lo - 1];
    }
}
