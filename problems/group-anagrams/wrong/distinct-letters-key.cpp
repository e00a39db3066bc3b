class Solution {
public:
    vector<vector<string>> groupAnagrams(vector<string>& strs) {
        map<set<char>, vector<string>> groups;
        for (const string& s : strs) groups[set<char>(s.begin(), s.end())].push_back(s); // "a" and "aa" share a key
        vector<vector<string>> out;
        for (auto& [key, group] : groups) out.push_back(group);
        return out;
    }
};
