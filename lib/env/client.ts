import { z } from "zod";

/**
 * Public configuration (NEXT_PUBLIC_*, which Next inlines into browser code at build time),
 * validated with the server's env in lib/env/server.ts. No browser code reads any yet: the live
 * scripts call the API on their own origin.
 */
const clientSchema = z.object({
  NEXT_PUBLIC_SITE_URL: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.url("must be an absolute URL").default("http://localhost:3000"),
  ),
});

export type ClientEnv = z.output<typeof clientSchema>;
export { clientSchema };
