int minimumSemesters(int n, int** relations, int relationsSize, int* relationsColSize) {
    int* start = calloc(n + 2, sizeof(int));
    int* indeg = calloc(n + 1, sizeof(int));
    for (int i = 0; i < relationsSize; i++) {
        start[relations[i][0] + 1]++;
        indeg[relations[i][1]]++;
    }
    for (int v = 1; v <= n + 1; v++) start[v] += start[v - 1];
    int* fill = malloc(sizeof(int) * (n + 1));
    memcpy(fill, start, sizeof(int) * (n + 1));
    int* to = malloc(sizeof(int) * (relationsSize + 1));
    for (int i = 0; i < relationsSize; i++) to[fill[relations[i][0]]++] = relations[i][1];
    int* queue = malloc(sizeof(int) * n);
    int head = 0, tail = 0, semesters = 0;
    for (int c = 1; c <= n; c++) if (indeg[c] == 0) queue[tail++] = c;
    while (head < tail) {
        semesters++;
        int end = tail;
        for (; head < end; head++) {
            int c = queue[head];
            for (int p = start[c]; p < start[c + 1]; p++)
                if (--indeg[to[p]] == 0) queue[tail++] = to[p];
        }
    }
    int ok = tail == n;
    free(start); free(indeg); free(fill); free(to); free(queue);
    return ok ? semesters : -1;
}
