// Sorts by start and counts how often a meeting overlaps the one just before it: ignores everything earlier.
function minMeetingRooms(intervals) {
    const a = [...intervals].sort((x, y) => x[0] - y[0]);
    let rooms = 1, run = 1;
    for (let i = 1; i < a.length; i++) {
        if (a[i][0] < a[i - 1][1]) run++; else run = 1;
        rooms = Math.max(rooms, run);
    }
    return rooms;
}
