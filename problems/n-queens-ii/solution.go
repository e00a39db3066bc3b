func totalNQueens(n int) int {
	full := (1 << n) - 1
	var place func(cols, d1, d2 int) int
	place = func(cols, d1, d2 int) int {
		if cols == full {
			return 1
		}
		count := 0
		free := full &^ (cols | d1 | d2)
		for free != 0 {
			bit := free & -free
			free ^= bit
			count += place(cols|bit, ((d1|bit)<<1)&full, (d2|bit)>>1)
		}
		return count
	}
	return place(0, 0, 0)
}
