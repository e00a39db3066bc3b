/* Key each word by its sorted letters (counting sort), sort the indices by key, and cut the
 * sorted order into runs of equal keys: O(n k + n log n * k). */
static char** keys;

static int byKey(const void* a, const void* b) {
    int x = *(const int*)a, y = *(const int*)b;
    int c = strcmp(keys[x], keys[y]);
    return c ? c : (x > y) - (x < y);
}

char*** groupAnagrams(char** strs, int strsSize, int* returnSize, int** returnColumnSizes) {
    keys = malloc(sizeof(char*) * strsSize);
    int* order = malloc(sizeof(int) * strsSize);
    for (int i = 0; i < strsSize; i++) {
        int counts[26] = {0};
        size_t n = strlen(strs[i]);
        for (size_t j = 0; j < n; j++) counts[strs[i][j] - 'a']++;
        char* key = malloc(n + 1);
        size_t p = 0;
        for (int c = 0; c < 26; c++) while (counts[c]-- > 0) key[p++] = (char)('a' + c);
        key[p] = '\0';
        keys[i] = key;
        order[i] = i;
    }
    qsort(order, strsSize, sizeof(int), byKey);
    char*** out = malloc(sizeof(char**) * (strsSize ? strsSize : 1));
    *returnColumnSizes = malloc(sizeof(int) * (strsSize ? strsSize : 1));
    int groups = 0;
    for (int i = 0; i < strsSize;) {
        int j = i;
        while (j < strsSize && strcmp(keys[order[i]], keys[order[j]]) == 0) j++;
        out[groups] = malloc(sizeof(char*) * (j - i));
        for (int k = i; k < j; k++) out[groups][k - i] = strs[order[k]];
        (*returnColumnSizes)[groups++] = j - i;
        i = j;
    }
    for (int i = 0; i < strsSize; i++) free(keys[i]);
    free(keys);
    free(order);
    *returnSize = groups;
    return out;
}
