// Duet's Rust harness (Rust 1.63, `impl Solution` with an associated function, LeetCode style).
// judge/harness/rust.ts assembles a judged main.rs: the candidate's code first (Rust items may come
// in any order, so the candidate's line n is line n of main.rs, and a panic names it), this file
// after it, then a main() generated from the signature that reads one test's typed input (one
// JSON value a line), calls the function once through duet_driver::call and prints the result as
// one canonical JSON line. The problems CI compiles this file on its own with -D warnings; what a
// program leaves unused here is allowed, so the candidate sees only warnings about their code.

#[derive(Debug, PartialEq, Eq)]
#[allow(dead_code)]
pub struct TreeNode {
    pub val: i32,
    pub left: Option<std::rc::Rc<std::cell::RefCell<TreeNode>>>,
    pub right: Option<std::rc::Rc<std::cell::RefCell<TreeNode>>>,
}
#[allow(dead_code)]
impl TreeNode {
    #[inline]
    pub fn new(val: i32) -> Self { TreeNode { val, left: None, right: None } }
}
#[derive(PartialEq, Eq, Clone, Debug)]
#[allow(dead_code)]
pub struct ListNode {
    pub val: i32,
    pub next: Option<Box<ListNode>>,
}
#[allow(dead_code)]
impl ListNode {
    #[inline]
    pub fn new(val: i32) -> Self { ListNode { next: None, val } }
}
#[allow(dead_code)]
pub struct Solution;

#[allow(dead_code)]
mod duet_driver {
    use std::cell::RefCell;
    use std::rc::Rc;
    use crate::{ListNode, TreeNode};

    pub struct In { s: Vec<u8>, i: usize }
    impl In {
        /// All of stdin: one JSON value per parameter, a line each.
        pub fn stdin() -> Self {
            use std::io::Read;
            let mut raw = Vec::new();
            std::io::stdin().read_to_end(&mut raw).expect("duet: stdin");
            In { s: raw, i: 0 }
        }
        fn ws(&mut self) { while self.i < self.s.len() && self.s[self.i] <= b' ' { self.i += 1; } }
        fn next(&mut self) -> u8 { self.ws(); let c = self.s[self.i]; self.i += 1; c }
        fn at(&mut self, c: u8) -> bool { self.ws(); self.i < self.s.len() && self.s[self.i] == c }
        /// A design test's punctuation between calls and arguments: `[`, `,` or `]`.
        pub fn expect(&mut self, c: u8) { if self.next() != c { panic!("duet: expected {}", c as char); } }
        fn token(&mut self, chars: &[u8]) -> String {
            self.ws();
            let st = self.i;
            while self.i < self.s.len() && chars.contains(&self.s[self.i]) { self.i += 1; }
            String::from_utf8_lossy(&self.s[st..self.i]).into_owned()
        }
        pub fn num(&mut self) -> i64 { self.token(b"+-0123456789").parse().expect("duet: bad integer") }
        pub fn dbl(&mut self) -> f64 { self.token(b"+-0123456789.eE").parse().expect("duet: bad number") }
        pub fn boolean(&mut self) -> bool { self.ws(); let t = self.s[self.i..].starts_with(b"true"); self.i += if t { 4 } else { 5 }; t }
        fn nul(&mut self) -> bool { self.ws(); if self.s[self.i..].starts_with(b"null") { self.i += 4; true } else { false } }
        pub fn str(&mut self) -> String {
            self.next();
            let mut b: Vec<u8> = Vec::new();
            loop {
                let c = self.s[self.i];
                self.i += 1;
                if c == b'"' { break; }
                if c != b'\\' { b.push(c); continue; }
                let e = self.s[self.i];
                self.i += 1;
                match e {
                    b'n' => b.push(b'\n'),
                    b't' => b.push(b'\t'),
                    b'r' => b.push(b'\r'),
                    b'b' => b.push(8),
                    b'f' => b.push(12),
                    b'u' => {
                        let hex = String::from_utf8_lossy(&self.s[self.i..self.i + 4]).into_owned();
                        let ch = std::char::from_u32(u32::from_str_radix(&hex, 16).unwrap_or(63)).unwrap_or('?');
                        let mut buf = [0u8; 4];
                        b.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                        self.i += 4;
                    }
                    _ => b.push(e),
                }
            }
            String::from_utf8_lossy(&b).into_owned()
        }
        fn list<T>(&mut self, item: fn(&mut In) -> T) -> Vec<T> {
            let mut out = Vec::new();
            self.next();
            if self.at(b']') { self.i += 1; return out; }
            loop {
                out.push(item(self));
                if self.next() == b']' { return out; }
            }
        }
        pub fn ints(&mut self) -> Vec<i32> { self.list(|p| p.num() as i32) }
        pub fn dbls(&mut self) -> Vec<f64> { self.list(|p| p.dbl()) }
        pub fn strs(&mut self) -> Vec<String> { self.list(|p| p.str()) }
        pub fn ints2(&mut self) -> Vec<Vec<i32>> { self.list(|p| p.ints()) }
        pub fn strs2(&mut self) -> Vec<Vec<String>> { self.list(|p| p.strs()) }
        pub fn lst(&mut self) -> Option<Box<ListNode>> {
            let mut h: Option<Box<ListNode>> = None;
            for x in self.ints().into_iter().rev() { h = Some(Box::new(ListNode { val: x, next: h })); }
            h
        }
        pub fn tree(&mut self) -> Option<Rc<RefCell<TreeNode>>> {
            let vals: Vec<Option<i32>> = self.list(|p| if p.nul() { None } else { Some(p.num() as i32) });
            let nodes: Vec<Option<Rc<RefCell<TreeNode>>>> =
                vals.iter().map(|v| v.map(|x| Rc::new(RefCell::new(TreeNode::new(x))))).collect();
            let mut c = 1;
            for n in nodes.iter().flatten() {
                if c < nodes.len() { n.borrow_mut().left = nodes[c].clone(); }
                c += 1;
                if c < nodes.len() { n.borrow_mut().right = nodes[c].clone(); }
                c += 1;
            }
            nodes.first().cloned().flatten()
        }
    }

    pub trait Json { fn json(&self) -> String; }
    impl Json for i32 { fn json(&self) -> String { self.to_string() } }
    impl Json for i64 { fn json(&self) -> String { self.to_string() } }
    impl Json for f64 { fn json(&self) -> String { format!("{:?}", self) } }
    impl Json for bool { fn json(&self) -> String { self.to_string() } }
    impl Json for String {
        fn json(&self) -> String {
            let mut b = String::from("\"");
            for c in self.chars() {
                match c {
                    '"' => b.push_str("\\\""),
                    '\\' => b.push_str("\\\\"),
                    '\n' => b.push_str("\\n"),
                    '\t' => b.push_str("\\t"),
                    '\r' => b.push_str("\\r"),
                    '\u{8}' => b.push_str("\\b"),
                    '\u{c}' => b.push_str("\\f"),
                    c if (c as u32) < 0x20 => b.push_str(&format!("\\u{:04x}", c as u32)),
                    c => b.push(c),
                }
            }
            b.push('"');
            b
        }
    }
    impl<T: Json> Json for Vec<T> { fn json(&self) -> String { join(&elems(self)) } }
    impl Json for Option<Box<ListNode>> {
        fn json(&self) -> String {
            let mut o = Vec::new();
            let mut h = self.as_ref();
            while let Some(n) = h { o.push(n.val.json()); h = n.next.as_ref(); }
            join(&o)
        }
    }
    impl Json for Option<Rc<RefCell<TreeNode>>> {
        fn json(&self) -> String {
            let mut order: Vec<Option<Rc<RefCell<TreeNode>>>> = vec![self.clone()];
            let mut o: Vec<String> = Vec::new();
            let mut k = 0;
            while k < order.len() {
                let n = order[k].clone();
                k += 1;
                match n {
                    None => o.push("null".to_string()),
                    Some(n) => {
                        let n = n.borrow();
                        o.push(n.val.json());
                        order.push(n.left.clone());
                        order.push(n.right.clone());
                    }
                }
            }
            while o.last().map(|s| s == "null").unwrap_or(false) { o.pop(); }
            join(&o)
        }
    }
    pub fn join(parts: &[String]) -> String { format!("[{}]", parts.join(",")) }
    pub fn elems<T: Json>(a: &[T]) -> Vec<String> { a.iter().map(|x| x.json()).collect() }
    pub fn deep<T: Json>(a: &[Vec<T>]) -> Vec<String> { a.iter().map(|r| sorted(elems(r))).collect() }
    pub fn sorted(mut p: Vec<String>) -> String { p.sort(); join(&p) }

    pub fn json<T: Json>(v: &T) -> String { v.json() }

    extern "C" {
        fn dup(fd: i32) -> i32;
        fn dup2(src: i32, dst: i32) -> i32;
        fn close(fd: i32) -> i32;
    }
    /// Calls the candidate's function with its prints sent to stderr (fd 1 points at fd 2 while it
    /// runs): stdout carries only the result. A panic names the candidate's line by itself.
    pub fn call<T>(f: impl FnOnce() -> T) -> T {
        use std::io::Write;
        std::io::stdout().flush().ok();
        let saved = unsafe { let saved = dup(1); dup2(2, 1); saved };
        let result = f();
        std::io::stdout().flush().ok();
        unsafe { dup2(saved, 1); close(saved); }
        result
    }
    pub fn print(json: &str) {
        use std::io::Write;
        let stdout = std::io::stdout();
        let mut lock = stdout.lock();
        lock.write_all(json.as_bytes()).ok();
        lock.write_all(b"\n").ok();
        lock.flush().ok();
    }
}
