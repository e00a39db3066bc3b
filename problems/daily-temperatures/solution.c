int* dailyTemperatures(int* temperatures, int temperaturesSize, int* returnSize) {
    int* answer = calloc(temperaturesSize, sizeof(int));
    int* waiting = malloc(sizeof(int) * temperaturesSize);
    int top = 0;
    for (int i = 0; i < temperaturesSize; i++) {
        while (top > 0 && temperatures[waiting[top - 1]] < temperatures[i]) {
            int j = waiting[--top];
            answer[j] = i - j;
        }
        waiting[top++] = i;
    }
    free(waiting);
    *returnSize = temperaturesSize;
    return answer;
}
