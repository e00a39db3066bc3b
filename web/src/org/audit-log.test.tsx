/** The audit log pages back in time: "Older entries" asks for the page after the last one (`?before=&beforeId=` from `next`) and adds it below. */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { pathTo, ROUTES } from "../../../contracts/routes";
import { AuditLog } from "./AuditLog";

const entry = (id: number, action: string) => ({ id, ts: 1_700_000_000_000 + id, actor: { userId: "u1", name: "Ada" }, action, detail: null });

afterEach(() => vi.unstubAllGlobals());

describe("the audit log", () => {
  it("lists the newest page, then the older one after it", async () => {
    const urls: string[] = [];
    const base = pathTo(ROUTES.orgAudit, { orgId: "o1" });
    vi.stubGlobal("fetch", async (url: string) => {
      urls.push(url);
      return Response.json(url === base
        ? { entries: [entry(3, "room.create"), entry(2, "invite.create")], next: { before: 1_700_000_000_002, beforeId: 2 } }
        : { entries: [entry(1, "org.create")], next: null });
    });
    render(<AuditLog orgId="o1" />);
    await screen.findAllByTestId("audit-entry");
    fireEvent.click(screen.getByTestId("older-audit"));
    await waitFor(() => expect(screen.getAllByTestId("audit-entry").map((r) => r.dataset.action)).toEqual(["room.create", "invite.create", "org.create"]));
    expect(urls).toEqual([base, `${base}?before=1700000000002&beforeId=2`]);
    expect(screen.queryByTestId("older-audit")).toBeNull(); // the last page
  });
});
