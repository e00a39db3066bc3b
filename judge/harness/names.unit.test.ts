/** Rust names as LeetCode writes them, so a candidate's pasted Rust solution is called by its own name. */
import { describe, expect, it } from "vitest";
import { capitalized, snake } from "./common";

describe("language names of a signature's function", () => {
  it("snake_case takes a run of capitals as one word and leaves digits with theirs", () => {
    expect(snake("twoSum")).toBe("two_sum");
    expect(snake("isValidBST")).toBe("is_valid_bst");
    expect(snake("lengthOfLIS")).toBe("length_of_lis");
    expect(snake("totalNQueens")).toBe("total_n_queens");
    expect(snake("nums1")).toBe("nums1");
    expect(snake("getMin")).toBe("get_min");
    expect(snake("LRUCache")).toBe("lru_cache");
  });
  it("capitalized: Go's exported names, C#'s methods", () => {
    expect(capitalized("twoSum")).toBe("TwoSum");
    expect(capitalized("isValidBST")).toBe("IsValidBST");
  });
});
