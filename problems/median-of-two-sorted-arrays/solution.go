func findMedianSortedArrays(nums1 []int, nums2 []int) float64 {
	if len(nums1) > len(nums2) {
		nums1, nums2 = nums2, nums1
	}
	const neg, pos = -1 << 62, 1 << 62
	m, n := len(nums1), len(nums2)
	half := (m + n + 1) / 2
	lo, hi := 0, m
	for {
		i := (lo + hi) / 2
		j := half - i
		aLeft, aRight, bLeft, bRight := neg, pos, neg, pos
		if i > 0 {
			aLeft = nums1[i-1]
		}
		if i < m {
			aRight = nums1[i]
		}
		if j > 0 {
			bLeft = nums2[j-1]
		}
		if j < n {
			bRight = nums2[j]
		}
		if aLeft > bRight {
			hi = i - 1
		} else if bLeft > aRight {
			lo = i + 1
		} else {
			left := aLeft
			if bLeft > left {
				left = bLeft
			}
			if (m+n)%2 == 1 {
				return float64(left)
			}
			right := aRight
			if bRight < right {
				right = bRight
			}
			return float64(left+right) / 2
		}
	}
}
