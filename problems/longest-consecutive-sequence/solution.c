/* An open-addressing hash set of the values, then walk up from each run's smallest value: O(n). */
static int* slots;
static bool* used;
static unsigned cap;

static unsigned slotOf(int x) {
    unsigned h = (unsigned)x * 2654435761u;
    unsigned i = (h ^ (h >> 15)) & (cap - 1);
    while (used[i] && slots[i] != x) i = (i + 1) & (cap - 1);
    return i;
}
static bool has(int x) { return used[slotOf(x)]; }

int longestConsecutive(int* nums, int numsSize) {
    cap = 1;
    while (cap < 2u * (unsigned)numsSize + 2u) cap <<= 1;
    slots = malloc(sizeof(int) * cap);
    used = calloc(cap, sizeof(bool));
    for (int i = 0; i < numsSize; i++) {
        unsigned s = slotOf(nums[i]);
        used[s] = true;
        slots[s] = nums[i];
    }
    int best = 0;
    for (unsigned i = 0; i < cap; i++) {
        if (!used[i]) continue;
        int x = slots[i];   /* each distinct value once */
        if (has(x - 1)) continue;
        int y = x;
        while (has(y + 1)) y++;
        if (y - x + 1 > best) best = y - x + 1;
    }
    free(slots);
    free(used);
    return best;
}
