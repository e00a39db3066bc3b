class TimeMap {
    private static final class Versions {
        int[] times = new int[4];
        final List<String> values = new ArrayList<>();
    }

    private final Map<String, Versions> history = new HashMap<>();

    public TimeMap() {
    }

    public void set(String key, String value, int timestamp) {
        Versions v = history.computeIfAbsent(key, k -> new Versions());
        int n = v.values.size();
        if (n == v.times.length) v.times = Arrays.copyOf(v.times, n * 2);
        v.times[n] = timestamp;
        v.values.add(value);
    }

    public String get(String key, int timestamp) {
        Versions v = history.get(key);
        if (v == null) return "";
        // First index whose time is > timestamp; the answer is just before it.
        int lo = 0, hi = v.values.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (v.times[mid] <= timestamp) lo = mid + 1;
            else hi = mid;
        }
        return lo == 0 ? "" : v.values.get(lo - 1);
    }
}
