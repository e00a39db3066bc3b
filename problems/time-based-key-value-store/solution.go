type versions struct {
	times  []int
	values []string
}

type TimeMap struct {
	history map[string]*versions
}

func Constructor() TimeMap {
	return TimeMap{history: map[string]*versions{}}
}

func (this *TimeMap) Set(key string, value string, timestamp int) {
	v, ok := this.history[key]
	if !ok {
		v = &versions{}
		this.history[key] = v
	}
	v.times = append(v.times, timestamp)
	v.values = append(v.values, value)
}

func (this *TimeMap) Get(key string, timestamp int) string {
	v, ok := this.history[key]
	if !ok {
		return ""
	}
	// First index whose time is > timestamp; the answer is just before it.
	lo, hi := 0, len(v.times)
	for lo < hi {
		mid := (lo + hi) / 2
		if v.times[mid] <= timestamp {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo == 0 {
		return ""
	}
	return v.values[lo-1]
}
