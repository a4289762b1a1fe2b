import { describe, expect, it } from "vitest";
import { parserFor } from "@/lib/sources";
import { ctx, res } from "./load";

describe("reachability", () => {
  it("says only that a 2xx page is reachable", () => {
    const s = parserFor("reachability")(res("<html>whatever</html>", "text/html", 200), ctx());
    expect(s).toMatchObject({ overall: "operational", components: [], incidents: [], maintenances: [] });
    expect(s.description).toMatch(/^Reachable: .*HTTP 200.*cannot read more/);
  });

  it("never calls anything but 2xx operational", () => {
    expect(parserFor("reachability")(res("", "text/html", 302), ctx()).overall).toBe("unknown");
    expect(parserFor("reachability")(res("", "text/html", 503), ctx()).overall).toBe("unknown");
  });
});
