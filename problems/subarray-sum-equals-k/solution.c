/* Prefix sums lie in [-2*10^7, 2*10^7]: a hash map from prefix sum to count, open addressing. */
typedef struct { int key; int count; bool used; } Slot;

int subarraySum(int* nums, int numsSize, int k) {
    unsigned cap = 1;
    while (cap < 2u * (unsigned)numsSize + 2u) cap <<= 1;
    Slot* table = calloc(cap, sizeof(Slot));
    int sum = 0, count = 0;
    for (int i = -1; i < numsSize; i++) {
        if (i >= 0) {
            sum += nums[i];
            int want = sum - k;
            unsigned h = (unsigned)want * 2654435761u;
            for (unsigned j = (h ^ (h >> 15)) & (cap - 1); table[j].used; j = (j + 1) & (cap - 1)) {
                if (table[j].key == want) { count += table[j].count; break; }
            }
        }
        unsigned h = (unsigned)sum * 2654435761u;
        unsigned j = (h ^ (h >> 15)) & (cap - 1);
        while (table[j].used && table[j].key != sum) j = (j + 1) & (cap - 1);
        table[j].used = true;
        table[j].key = sum;
        table[j].count++;
    }
    free(table);
    return count;
}
