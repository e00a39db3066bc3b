impl Solution {
    pub fn flood_fill(mut image: Vec<Vec<i32>>, sr: i32, sc: i32, color: i32) -> Vec<Vec<i32>> {
        let (sr, sc) = (sr as usize, sc as usize);
        let orig = image[sr][sc];
        if orig == color {
            return image;
        }
        let (m, n) = (image.len() as i32, image[0].len() as i32);
        image[sr][sc] = color;
        let mut stack = vec![(sr as i32, sc as i32)];
        while let Some((r, c)) = stack.pop() {
            for (dr, dc) in [(1, 0), (-1, 0), (0, 1), (0, -1)] {
                let (a, b) = (r + dr, c + dc);
                if a >= 0 && a < m && b >= 0 && b < n && image[a as usize][b as usize] == orig {
                    image[a as usize][b as usize] = color;
                    stack.push((a, b));
                }
            }
        }
        image
    }
}
