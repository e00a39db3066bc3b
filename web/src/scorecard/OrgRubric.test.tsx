/** An admin sets the team's default rubric from Duet's, and can go back to Duet's: each change is one settings POST of `defaultRubric`. */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_ORG_QUOTAS } from "../../../contracts/accounts";
import { DEFAULT_RUBRIC } from "../../../contracts/scorecards";
import { OrgRubric } from "./OrgRubric";

afterEach(() => vi.unstubAllGlobals());

describe("the team's default rubric", () => {
  it("starts as Duet's; an admin's edit is saved as the team's, and 'Use Duet's default' clears it", async () => {
    let settings = { ...DEFAULT_ORG_QUOTAS, retentionDays: null, defaultRubric: null as unknown };
    const posts: unknown[] = [];
    vi.stubGlobal("fetch", async (_url: string, init: RequestInit) => {
      if (init.method === "POST") {
        const body = JSON.parse(String(init.body));
        posts.push(body);
        settings = { ...settings, ...body };
      }
      return Response.json(settings);
    });
    render(<OrgRubric orgId="o1" />);
    expect((await screen.findByTestId("org-rubric-criteria")).textContent).toContain("Problem solving");
    fireEvent.click(screen.getByTestId("edit-org-rubric"));
    fireEvent.change(screen.getByRole("textbox", { name: "Title of criterion 2" }), { target: { value: "Code quality" } });
    fireEvent.click(screen.getByTestId("save-rubric"));
    await waitFor(() => expect(screen.getByTestId("org-rubric-criteria").textContent).toContain("Code quality"));
    expect(posts).toEqual([{ defaultRubric: DEFAULT_RUBRIC.map((c, i) => (i === 1 ? { ...c, title: "Code quality" } : c)) }]);
    fireEvent.click(screen.getByRole("button", { name: "Use Duet's default" }));
    await waitFor(() => expect(posts).toHaveLength(2));
    expect(posts[1]).toEqual({ defaultRubric: null });
    await waitFor(() => expect(screen.getByText("Your team uses Duet's default criteria.")).toBeTruthy());
  });
});
