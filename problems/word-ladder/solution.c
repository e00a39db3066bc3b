/* Words of <= 10 lowercase letters encode as base-27 numbers; an open-addressing set holds the unused ones. */
typedef unsigned long long u64;

static u64 encode(const char* w) {
    u64 x = 0;
    for (; *w; w++) x = x * 27 + (u64)(*w - 'a' + 1);
    return x;
}

static u64* table;
static char* used;
static size_t tableCap;

static size_t slot(u64 key) {
    size_t i = (size_t)((key * 0x9E3779B97F4A7C15ULL) >> 17) & (tableCap - 1);
    while (used[i] && table[i] != key) i = (i + 1) & (tableCap - 1);
    return i;
}

int ladderLength(char* beginWord, char* endWord, char** wordList, int wordListSize) {
    int len = strlen(beginWord);
    tableCap = 1;
    while (tableCap < (size_t)wordListSize * 4) tableCap <<= 1;
    table = malloc(sizeof(u64) * tableCap);
    used = calloc(tableCap, 1);
    char* alive = calloc(tableCap, 1); /* in the dictionary and not yet visited */
    for (int i = 0; i < wordListSize; i++) {
        size_t s = slot(encode(wordList[i]));
        used[s] = 1;
        alive[s] = 1;
        table[s] = encode(wordList[i]);
    }
    u64 target = encode(endWord);
    size_t ts = slot(target);
    int answer = 0;
    if (used[ts]) {
        size_t bs = slot(encode(beginWord));
        if (used[bs]) alive[bs] = 0;
        u64* queue = malloc(sizeof(u64) * (wordListSize + 1));
        u64 pw[10];
        pw[len - 1] = 1;
        for (int i = len - 2; i >= 0; i--) pw[i] = pw[i + 1] * 27;
        int head = 0, tail = 0, steps = 1;
        queue[tail++] = encode(beginWord);
        while (head < tail && !answer) {
            steps++;
            int end = tail;
            for (; head < end && !answer; head++) {
                u64 w = queue[head];
                for (int i = 0; i < len && !answer; i++) {
                    u64 digit = (w / pw[i]) % 27, base = w - digit * pw[i];
                    for (u64 c = 1; c <= 26; c++) {
                        if (c == digit) continue;
                        u64 v = base + c * pw[i];
                        size_t s = slot(v);
                        if (!used[s] || !alive[s]) continue;
                        if (v == target) { answer = steps; break; }
                        alive[s] = 0;
                        queue[tail++] = v;
                    }
                }
            }
        }
        free(queue);
    }
    free(table);
    free(used);
    free(alive);
    return answer;
}
