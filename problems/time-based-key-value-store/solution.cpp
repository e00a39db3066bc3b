class TimeMap {
    unordered_map<string, vector<pair<int, string>>> history;  // per key, timestamps increasing
public:
    TimeMap() {
    }

    void set(string key, string value, int timestamp) {
        history[key].emplace_back(timestamp, move(value));
    }

    string get(string key, int timestamp) {
        auto it = history.find(key);
        if (it == history.end()) return "";
        const auto& versions = it->second;
        auto after = upper_bound(versions.begin(), versions.end(), timestamp,
                                 [](int t, const pair<int, string>& v) { return t < v.first; });
        return after == versions.begin() ? "" : prev(after)->second;
    }
};
