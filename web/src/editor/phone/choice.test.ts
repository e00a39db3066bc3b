import { afterEach, describe, expect, it } from "vitest";
import { EDITOR_CHOICE_KEY, editorKind, storedChoice } from "./choice";

afterEach(() => localStorage.clear());

describe("which editor a device gets", () => {
  it("a touch-primary device gets the touch editor, anything else Monaco; a person's own choice wins", () => {
    expect(editorKind(null, true)).toBe("touch");
    expect(editorKind(null, false)).toBe("desktop");
    expect(editorKind("desktop", true)).toBe("desktop");
    expect(editorKind("touch", false)).toBe("touch");
  });

  it("the stored choice is read back; anything else stored is no choice", () => {
    expect(storedChoice()).toBeNull();
    localStorage.setItem(EDITOR_CHOICE_KEY, "touch");
    expect(storedChoice()).toBe("touch");
    localStorage.setItem(EDITOR_CHOICE_KEY, "vim");
    expect(storedChoice()).toBeNull();
  });
});
