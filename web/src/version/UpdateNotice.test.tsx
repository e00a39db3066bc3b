/** The notice a page shows once it hears of a newer Duet: what happens, and a button to do it now. */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CONTRACT_VERSION } from "../../../contracts/wire";
import { deployedStore, noteDeployed, noteRefused } from "./deployed";
import { UpdateNotice } from "./UpdateNotice";

afterEach(() => {
  deployedStore.reset();
  sessionStorage.clear();
});

describe("UpdateNotice", () => {
  it("appears only when a newer version is deployed, and Reload now reloads once it is safe", async () => {
    const reload = vi.fn();
    render(<UpdateNotice copies={() => []} runGoing={false} reload={reload} />);
    expect(screen.queryByTestId("update-notice")).toBeNull();
    act(() => noteDeployed(CONTRACT_VERSION)); // the version this page speaks: nothing to do
    expect(screen.queryByTestId("update-notice")).toBeNull();
    act(() => noteDeployed(CONTRACT_VERSION + 1));
    expect(screen.getByRole("status").textContent).toContain("Duet was updated — reloading…");
    fireEvent.click(screen.getByRole("button", { name: "Reload now" }));
    await vi.waitFor(() => expect(reload).toHaveBeenCalledOnce());
  });

  it("says it waits for the participant's run", async () => {
    const reload = vi.fn();
    render(<UpdateNotice copies={() => []} runGoing reload={reload} />);
    act(() => noteRefused());
    fireEvent.click(screen.getByRole("button", { name: "Reload now" }));
    expect(await screen.findByText("Waiting for your run to finish…")).toBeTruthy();
    expect(reload).not.toHaveBeenCalled();
  });
});
