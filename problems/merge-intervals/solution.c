static int byStart(const void* a, const void* b) {
    const int* x = *(int* const*)a;
    const int* y = *(int* const*)b;
    return (x[0] > y[0]) - (x[0] < y[0]);
}

int** merge(int** intervals, int intervalsSize, int* intervalsColSize, int* returnSize, int** returnColumnSizes) {
    qsort(intervals, intervalsSize, sizeof(int*), byStart);
    int** out = malloc(sizeof(int*) * intervalsSize);
    *returnColumnSizes = malloc(sizeof(int) * intervalsSize);
    int n = 0;
    for (int i = 0; i < intervalsSize; i++) {
        if (n > 0 && intervals[i][0] <= out[n - 1][1]) {
            if (intervals[i][1] > out[n - 1][1]) out[n - 1][1] = intervals[i][1];
        } else {
            out[n] = malloc(sizeof(int) * 2);
            out[n][0] = intervals[i][0];
            out[n][1] = intervals[i][1];
            (*returnColumnSizes)[n] = 2;
            n++;
        }
    }
    *returnSize = n;
    return out;
}
