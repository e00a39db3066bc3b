// Oracle: filter with a regular expression, lowercase, compare with the reverse (independent of
// the two-pointer references).
function oracle(s) {
  const clean = s.replace(/[^A-Za-z0-9]/g, "").toLowerCase();
  return clean === [...clean].reverse().join("");
}
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const JUNK = " !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
const flipCase = (rand, c) => (rand.next() < 0.5 ? c.toUpperCase() : c.toLowerCase());

// A palindrome by construction: a random alphanumeric half mirrored (maybe with a middle), each
// letter's case flipped at random, junk sprinkled between characters.
function palindrome(rand, half, junkRate, alphabet = ALNUM) {
  const left = Array.from({ length: half }, () => rand.pick(alphabet));
  const core = [...left, ...(rand.next() < 0.5 ? [rand.pick(alphabet)] : []), ...[...left].reverse()];
  const out = [];
  for (const c of core) {
    while (rand.next() < junkRate) out.push(rand.pick(JUNK));
    out.push(flipCase(rand, c));
  }
  return out.join("");
}

export default function generate(rand) {
  const inputs = [
    "a",
    " ",
    "!!",
    ".,;:'\"\\",
    "Aa",
    "ab",
    "a.",
    "1a1",
    "1a2",
    "0P",
    "P0",
    "A man, a plan, a canal: Panama",
    "No 'x' in Nixon",
    "ab_a",
    "a`A",            // backtick is not a letter
    "Z[z",            // '[' sits between 'Z' and 'a' in ASCII
    "9@9",
    "12321",
    "123 321x",
  ];
  for (let i = 0; i < 8; i++) {
    const s = palindrome(rand, rand.int(1, 15), 0.3, "abcAB01");
    if (i % 2 === 1) {
      // break it: change one alphanumeric character to a different one (ignoring case)
      const idx = [...s].map((c, k) => (/[A-Za-z0-9]/.test(c) ? k : -1)).filter((k) => k >= 0);
      const k = rand.pick(idx);
      const other = "abc01".split("").find((c) => c !== s[k].toLowerCase());
      inputs.push(s.slice(0, k) + other + s.slice(k + 1));
    } else inputs.push(s);
  }
  // Large: a long palindrome with junk, the same with one middle letter changed, all junk.
  const big = palindrome(rand, 40000, 0.1);
  inputs.push(big);
  const mid = Math.floor(big.length / 2);
  let k = mid;
  while (!/[A-Za-z0-9]/.test(big[k])) k++;
  const repl = big[k].toLowerCase() === "q" ? "r" : "q";
  inputs.push(big.slice(0, k) + repl + big.slice(k + 1));
  inputs.push(Array.from({ length: 90000 }, () => rand.pick(" .,-!?")).join(""));
  return inputs.map((s) => {
    if (s.length > 90000) throw new Error(`test too long: ${s.length}`);
    return { input: { s }, output: oracle(s) };
  });
}
