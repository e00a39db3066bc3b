bool isValid(char* s) {
    size_t n = strlen(s);
    char* stack = malloc(n + 1);
    size_t top = 0;
    bool ok = true;
    for (size_t i = 0; i < n && ok; i++) {
        char c = s[i];
        if (c == '(') stack[top++] = ')';
        else if (c == '[') stack[top++] = ']';
        else if (c == '{') stack[top++] = '}';
        else if (top == 0 || stack[--top] != c) ok = false;
    }
    ok = ok && top == 0;
    free(stack);
    return ok;
}
