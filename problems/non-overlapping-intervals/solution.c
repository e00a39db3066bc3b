static int byEnd(const void* a, const void* b) {
    const int* x = *(int* const*)a;
    const int* y = *(int* const*)b;
    return (x[1] > y[1]) - (x[1] < y[1]);
}

int eraseOverlapIntervals(int** intervals, int intervalsSize, int* intervalsColSize) {
    qsort(intervals, intervalsSize, sizeof(int*), byEnd);
    int kept = 0;
    long long lastEnd = LLONG_MIN;
    for (int i = 0; i < intervalsSize; i++) {
        if (intervals[i][0] >= lastEnd) { kept++; lastEnd = intervals[i][1]; }
    }
    return intervalsSize - kept;
}
