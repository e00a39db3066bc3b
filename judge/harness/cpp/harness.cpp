/*
 * Duet's C++ harness (C++20, LeetCode's conventions). judge/harness/cpp.ts assembles a judged
 * program: the part above the `duet:candidate` line, the candidate's code (under
 * `#line 1 "solution.cpp"`), the part below it, then a main() generated from the signature that
 * reads one test's typed input (one JSON value a line), calls the method once with its prints sent
 * to stderr and prints the result as one canonical JSON line. The problems CI compiles this file
 * on its own with warnings as errors.
 */
#include <bits/stdc++.h>
#include <unistd.h>
using namespace std;

struct TreeNode {
    int val; TreeNode *left; TreeNode *right;
    TreeNode() : val(0), left(nullptr), right(nullptr) {}
    TreeNode(int x) : val(x), left(nullptr), right(nullptr) {}
    TreeNode(int x, TreeNode *left, TreeNode *right) : val(x), left(left), right(right) {}
};

struct ListNode {
    int val; ListNode *next;
    ListNode() : val(0), next(nullptr) {}
    ListNode(int x) : val(x), next(nullptr) {}
    ListNode(int x, ListNode *next) : val(x), next(next) {}
};

// ---- duet:candidate ----

namespace duet {
struct In {
    const std::string& s; size_t i = 0;
    void ws() { while (i < s.size() && (unsigned char)s[i] <= ' ') i++; }
    char next() { ws(); return s[i++]; }
    bool at(char c) { ws(); return i < s.size() && s[i] == c; }
    long long num() { ws(); size_t st = i; while (i < s.size() && s[i] && strchr("+-0123456789", s[i])) i++; return std::stoll(s.substr(st, i - st)); }
    double dbl() { ws(); size_t st = i; while (i < s.size() && s[i] && strchr("+-0123456789.eE", s[i])) i++; return std::stod(s.substr(st, i - st)); }
    bool boolean() { ws(); bool t = s.compare(i, 4, "true") == 0; i += t ? 4 : 5; return t; }
    bool nul() { ws(); if (s.compare(i, 4, "null") == 0) { i += 4; return true; } return false; }
    std::string str() {
        next();
        std::string b;
        for (char c = s[i++]; c != '"'; c = s[i++]) {
            if (c != '\\') { b += c; continue; }
            char e = s[i++];
            switch (e) {
                case 'n': b += '\n'; break;
                case 't': b += '\t'; break;
                case 'r': b += '\r'; break;
                case 'b': b += '\b'; break;
                case 'f': b += '\f'; break;
                case 'u': b += (char)std::stoi(s.substr(i, 4), nullptr, 16); i += 4; break;
                default: b += e;
            }
        }
        return b;
    }
    template <class F> auto list(F item) -> std::vector<decltype(item())> {
        std::vector<decltype(item())> out;
        next();
        if (at(']')) { i++; return out; }
        while (true) { out.push_back(item()); if (next() == ']') return out; }
    }
    std::vector<int> ints() { return list([&] { return (int)num(); }); }
    std::vector<double> dbls() { return list([&] { return dbl(); }); }
    std::vector<std::string> strs() { return list([&] { return str(); }); }
    std::vector<std::vector<int>> ints2() { return list([&] { return ints(); }); }
    std::vector<std::vector<std::string>> strs2() { return list([&] { return strs(); }); }
    ListNode* lst() { auto v = ints(); ListNode* h = nullptr; for (size_t k = v.size(); k-- > 0;) h = new ListNode(v[k], h); return h; }
    TreeNode* tree() {
        auto v = list([&] { return nul() ? std::optional<int>() : std::optional<int>((int)num()); });
        if (v.empty()) return nullptr;
        std::vector<TreeNode*> nodes;
        for (auto& x : v) nodes.push_back(x ? new TreeNode(*x) : nullptr);
        size_t c = 1;
        for (auto* n : nodes) {
            if (!n) continue;
            if (c < nodes.size()) n->left = nodes[c];
            c++;
            if (c < nodes.size()) n->right = nodes[c];
            c++;
        }
        return nodes[0];
    }
};

/** All of stdin: one JSON value per parameter, a line each. */
inline std::string read_input() { return std::string((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>()); }

/** The candidate's prints go to stderr while it runs; stdout carries only the result. */
inline int stdout_to_stderr() { fflush(stdout); int saved = dup(1); dup2(2, 1); return saved; }
inline void restore_stdout(int saved) { std::cout.flush(); fflush(stdout); dup2(saved, 1); close(saved); }
inline void print(const std::string& json) { std::string line = json + "\n"; fwrite(line.data(), 1, line.size(), stdout); fflush(stdout); }

inline std::string json(int v) { return std::to_string(v); }
inline std::string json(long long v) { return std::to_string(v); }
inline std::string json(long v) { return std::to_string(v); }
inline std::string json(bool v) { return v ? "true" : "false"; }
inline std::string json(double v) { char b[40]; snprintf(b, sizeof b, "%.17g", v); return b; }
inline std::string json(const std::string& v) {
    std::string b = "\"";
    for (char c : v) {
        switch (c) {
            case '"': b += "\\\""; break;
            case '\\': b += "\\\\"; break;
            case '\n': b += "\\n"; break;
            case '\t': b += "\\t"; break;
            case '\r': b += "\\r"; break;
            case '\b': b += "\\b"; break;
            case '\f': b += "\\f"; break;
            default:
                if ((unsigned char)c < 0x20) { char u[8]; snprintf(u, sizeof u, "\\u%04x", c); b += u; } else b += c;
        }
    }
    return b + "\"";
}
inline std::string join(const std::vector<std::string>& parts) {
    std::string b = "[";
    for (size_t k = 0; k < parts.size(); k++) { if (k) b += ","; b += parts[k]; }
    return b + "]";
}
template <class T> std::string json(const std::vector<T>& a);
template <class T> std::vector<std::string> elems(const std::vector<T>& a) { std::vector<std::string> o; for (const auto& x : a) o.push_back(json(x)); return o; }
template <class T> std::string json(const std::vector<T>& a) { return join(elems(a)); }
inline std::string json(const std::vector<bool>& a) { std::vector<std::string> o; for (bool x : a) o.push_back(json((bool)x)); return join(o); }
inline std::string sorted(std::vector<std::string> p) { std::sort(p.begin(), p.end()); return join(p); }
template <class T> std::vector<std::string> deep(const std::vector<std::vector<T>>& a) { std::vector<std::string> o; for (const auto& r : a) o.push_back(sorted(elems(r))); return o; }
inline std::string json(ListNode* h) { std::vector<std::string> o; for (; h; h = h->next) o.push_back(json(h->val)); return join(o); }
inline std::string json(TreeNode* root) {
    std::vector<TreeNode*> order{root};
    std::vector<std::string> o;
    for (size_t k = 0; k < order.size(); k++) {
        TreeNode* n = order[k];
        if (!n) { o.push_back("null"); continue; }
        o.push_back(json(n->val)); order.push_back(n->left); order.push_back(n->right);
    }
    while (!o.empty() && o.back() == "null") o.pop_back();
    return join(o);
}
}  // namespace duet
