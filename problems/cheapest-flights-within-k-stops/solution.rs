impl Solution {
    pub fn find_cheapest_price(n: i32, flights: Vec<Vec<i32>>, src: i32, dst: i32, k: i32) -> i32 {
        let mut price = vec![i32::MAX; n as usize];
        price[src as usize] = 0;
        // after round i, price[v] is the cheapest way to reach v with at most i flights
        for _ in 0..=k {
            let mut next = price.clone();
            for f in &flights {
                let (u, v, p) = (f[0] as usize, f[1] as usize, f[2]);
                if price[u] != i32::MAX && price[u] + p < next[v] {
                    next[v] = price[u] + p;
                }
            }
            price = next;
        }
        if price[dst as usize] == i32::MAX {
            -1
        } else {
            price[dst as usize]
        }
    }
}
