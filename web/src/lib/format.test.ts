import { describe, expect, it } from "vitest";
import { initials } from "./format";

/** name → its avatar's letters, by why. */
const CASES: Record<string, Array<[string, string]>> = {
  "the first letter of the first and last word, never punctuation": [
    ["G(", "G"], ["ada lovelace", "AL"], ["(Grace) M. Hopper!", "GH"], ["  'jo'  ", "J"], ["#1 fan", "1F"],
  ],
  "no emoji (a box without an emoji font); nothing but emoji or punctuation is '?'": [
    ["🎉 Sam", "S"], ["Sam 🎉", "S"], ["🎉🎉", "?"], ["👩‍💻", "?"], ["?!", "?"], ["", "?"],
  ],
  "a whole letter in any script, with its marks": [
    ["王小明", "王"], ["王 小明", "王小"], ["अमित शर्मा", "अश"], ["N\u0303ando", "N\u0303"], ["élodie durand", "ÉD"],
  ],
};

describe("avatar initials", () => {
  for (const [why, cases] of Object.entries(CASES)) {
    it(why, () => {
      expect(cases.map(([name]) => initials(name))).toEqual(cases.map(([, letters]) => letters));
    });
  }
});
