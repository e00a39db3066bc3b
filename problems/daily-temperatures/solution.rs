impl Solution {
    pub fn daily_temperatures(temperatures: Vec<i32>) -> Vec<i32> {
        let mut answer = vec![0i32; temperatures.len()];
        let mut waiting: Vec<usize> = Vec::new();
        for (i, &t) in temperatures.iter().enumerate() {
            while let Some(&j) = waiting.last() {
                if temperatures[j] >= t {
                    break;
                }
                waiting.pop();
                answer[j] = (i - j) as i32;
            }
            waiting.push(i);
        }
        answer
    }
}
