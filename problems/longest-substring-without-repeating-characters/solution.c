int lengthOfLongestSubstring(char* s) {
    int last[128]; /* index + 1 of each character's last occurrence, 0 = not seen */
    memset(last, 0, sizeof last);
    int best = 0, start = 0;
    for (int i = 0; s[i]; i++) {
        unsigned char c = (unsigned char)s[i];
        if (last[c] > start) start = last[c];
        last[c] = i + 1;
        if (i - start + 1 > best) best = i - start + 1;
    }
    return best;
}
