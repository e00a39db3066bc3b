/* Kahn's algorithm over a compressed adjacency list (edges grouped by prerequisite). */
bool canFinish(int numCourses, int** prerequisites, int prerequisitesSize, int* prerequisitesColSize) {
    (void)prerequisitesColSize;
    int* start = calloc(numCourses + 1, sizeof(int));
    int* indegree = calloc(numCourses, sizeof(int));
    int* edges = malloc(sizeof(int) * (prerequisitesSize ? prerequisitesSize : 1));
    for (int i = 0; i < prerequisitesSize; i++) {
        start[prerequisites[i][1] + 1]++;
        indegree[prerequisites[i][0]]++;
    }
    for (int c = 0; c < numCourses; c++) start[c + 1] += start[c];
    int* fill = malloc(sizeof(int) * (numCourses ? numCourses : 1));
    memcpy(fill, start, sizeof(int) * numCourses);
    for (int i = 0; i < prerequisitesSize; i++) edges[fill[prerequisites[i][1]]++] = prerequisites[i][0];
    int* ready = malloc(sizeof(int) * numCourses);
    int top = 0, taken = 0;
    for (int c = 0; c < numCourses; c++) if (indegree[c] == 0) ready[top++] = c;
    while (top > 0) {
        int c = ready[--top];
        taken++;
        for (int k = start[c]; k < start[c + 1]; k++) if (--indegree[edges[k]] == 0) ready[top++] = edges[k];
    }
    free(start); free(indegree); free(edges); free(fill); free(ready);
    return taken == numCourses;
}
