/* Sort starts and ends separately, then sweep: each start either reuses a room whose meeting has ended or opens one. */
static int ascending(const void* a, const void* b) {
    int x = *(const int*)a, y = *(const int*)b;
    return (x > y) - (x < y);
}

int minMeetingRooms(int** intervals, int intervalsSize, int* intervalsColSize) {
    int* starts = malloc(sizeof(int) * intervalsSize);
    int* ends = malloc(sizeof(int) * intervalsSize);
    for (int i = 0; i < intervalsSize; i++) {
        starts[i] = intervals[i][0];
        ends[i] = intervals[i][1];
    }
    qsort(starts, intervalsSize, sizeof(int), ascending);
    qsort(ends, intervalsSize, sizeof(int), ascending);
    int rooms = 0, best = 0, j = 0;
    for (int i = 0; i < intervalsSize; i++) {
        while (ends[j] <= starts[i]) { j++; rooms--; }
        rooms++;
        if (rooms > best) best = rooms;
    }
    free(starts);
    free(ends);
    return best;
}
