import { z } from "zod";
import { env } from "../env/server";

const tools = z.array(z.object({ name: z.string().min(1).max(60), url: z.url().refine((u) => u.startsWith("https://"), "must be https"), description: z.string().max(200) })).max(6);
export type SponsoredTool = z.infer<typeof tools>[number];

/** "Tools we recommend", from SPONSORED_TOOLS (a JSON array); empty when unset or invalid. */
export function sponsoredTools(): SponsoredTool[] {
  if (!env.SPONSORED_TOOLS) return [];
  try {
    const parsed = tools.safeParse(JSON.parse(env.SPONSORED_TOOLS));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}
