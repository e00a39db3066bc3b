char* minWindow(char* s, char* t) {
    int need[128] = {0};
    int missing = 0;
    for (const char* p = t; *p; p++) { need[(unsigned char)*p]++; missing++; }
    int n = (int)strlen(s), left = 0, bestStart = 0, bestLen = INT_MAX;
    for (int right = 0; right < n; right++) {
        if (need[(unsigned char)s[right]]-- > 0) missing--;
        while (missing == 0) {
            if (right - left + 1 < bestLen) { bestStart = left; bestLen = right - left + 1; }
            if (++need[(unsigned char)s[left++]] > 0) missing++;
        }
    }
    if (bestLen == INT_MAX) bestLen = 0;
    char* out = malloc(bestLen + 1);
    memcpy(out, s + bestStart, bestLen);
    out[bestLen] = '\0';
    return out;
}
