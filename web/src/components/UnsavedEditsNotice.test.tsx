/** The notice for edits the room refused: the text, copy, restore (only when allowed), dismiss. */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { UnsavedEditsNotice } from "./UnsavedEditsNotice";

const edits = { at: 0, buffers: { python: { text: "# my approach\nprint(42)\n" }, java: { text: "class Main {}\n" } } };
const fileName = (id: string) => ({ python: "main.py", java: "Main.java" })[id] ?? id;

describe("UnsavedEditsNotice", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("says what happened and shows each kept buffer's text", () => {
    render(<UnsavedEditsNotice edits={edits} fileName={fileName} cannotRestore={null} onRestore={() => {}} onDismiss={() => {}} />);
    expect(screen.getByRole("alert").textContent).toBe("Your unsaved edits could not be merged — here they are");
    expect(screen.getByRole("region", { name: /could not be merged/ })).toBeTruthy();
    expect((screen.getByLabelText("Your main.py") as HTMLTextAreaElement).value).toBe("# my approach\nprint(42)\n");
    expect((screen.getByLabelText("Your Main.java") as HTMLTextAreaElement).readOnly).toBe(true);
  });

  it("copies a buffer to the clipboard", async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText } });
    render(<UnsavedEditsNotice edits={edits} fileName={fileName} cannotRestore={null} onRestore={() => {}} onDismiss={() => {}} />);
    fireEvent.click(screen.getAllByRole("button", { name: "Copy to clipboard" })[0]);
    await waitFor(() => expect(writeText).toHaveBeenCalledWith("# my approach\nprint(42)\n"));
    await screen.findByRole("button", { name: "Copied" });
  });

  it("restores and dismisses per buffer", () => {
    const onRestore = vi.fn();
    const onDismiss = vi.fn();
    render(<UnsavedEditsNotice edits={edits} fileName={fileName} cannotRestore={null} onRestore={onRestore} onDismiss={onDismiss} />);
    fireEvent.click(screen.getAllByRole("button", { name: "Restore into the editor" })[1]);
    expect(onRestore).toHaveBeenCalledWith("java");
    fireEvent.click(screen.getByRole("button", { name: "Dismiss your main.py" }));
    expect(onDismiss).toHaveBeenCalledWith("python");
  });

  it("offers no restore to someone who may not write, and says why", () => {
    render(<UnsavedEditsNotice edits={edits} fileName={fileName} cannotRestore="You can't edit the code right now." onRestore={() => {}} onDismiss={() => {}} />);
    for (const b of screen.getAllByRole("button", { name: "Restore into the editor" })) expect((b as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getAllByText("You can't edit the code right now.")).toHaveLength(2);
  });
});
