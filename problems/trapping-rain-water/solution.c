/* Monotonic stack: indices of bars with non-increasing heights; a taller bar closes basins and
 * the water is added one horizontal layer at a time. O(n) time. */
int trap(int* height, int heightSize) {
    int* stack = malloc(sizeof(int) * heightSize);
    int top = 0, water = 0;
    for (int i = 0; i < heightSize; i++) {
        while (top > 0 && height[stack[top - 1]] < height[i]) {
            int bottom = height[stack[--top]];
            if (top == 0) break;
            int left = stack[top - 1];
            int level = height[left] < height[i] ? height[left] : height[i];
            water += (level - bottom) * (i - left - 1);
        }
        stack[top++] = i;
    }
    free(stack);
    return water;
}
