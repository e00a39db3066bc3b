typedef struct {
    int* values;
    int* mins;
    int size;
    int capacity;
} MinStack;

MinStack* minStackCreate() {
    MinStack* obj = (MinStack*)calloc(1, sizeof(MinStack));
    return obj;
}

void minStackPush(MinStack* obj, int val) {
    if (obj->size == obj->capacity) {
        obj->capacity = obj->capacity ? obj->capacity * 2 : 16;
        obj->values = (int*)realloc(obj->values, sizeof(int) * obj->capacity);
        obj->mins = (int*)realloc(obj->mins, sizeof(int) * obj->capacity);
    }
    int low = obj->size && obj->mins[obj->size - 1] < val ? obj->mins[obj->size - 1] : val;
    obj->values[obj->size] = val;
    obj->mins[obj->size] = low;
    obj->size++;
}

void minStackPop(MinStack* obj) {
    obj->size--;
}

int minStackTop(MinStack* obj) {
    return obj->values[obj->size - 1];
}

int minStackGetMin(MinStack* obj) {
    return obj->mins[obj->size - 1];
}

void minStackFree(MinStack* obj) {
    free(obj->values);
    free(obj->mins);
    free(obj);
}
