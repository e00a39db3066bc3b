func floodFill(image [][]int, sr int, sc int, color int) [][]int {
	orig := image[sr][sc]
	if orig == color {
		return image
	}
	m, n := len(image), len(image[0])
	dirs := [4][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}}
	image[sr][sc] = color
	stack := [][2]int{{sr, sc}}
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, d := range dirs {
			a, b := p[0]+d[0], p[1]+d[1]
			if a >= 0 && a < m && b >= 0 && b < n && image[a][b] == orig {
				image[a][b] = color
				stack = append(stack, [2]int{a, b})
			}
		}
	}
	return image
}
