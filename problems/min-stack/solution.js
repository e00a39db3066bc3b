class MinStack {
    constructor() {
        this.values = [];
        this.mins = [];
    }

    push(val) {
        this.values.push(val);
        this.mins.push(this.mins.length === 0 ? val : Math.min(val, this.mins[this.mins.length - 1]));
    }

    pop() {
        this.values.pop();
        this.mins.pop();
    }

    top() {
        return this.values[this.values.length - 1];
    }

    getMin() {
        return this.mins[this.mins.length - 1];
    }
}
