import { z } from "zod";

/** Public configuration, safe for the browser. Next inlines NEXT_PUBLIC_* values at build time. */
const clientSchema = z.object({
  NEXT_PUBLIC_SITE_URL: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.url("must be an absolute URL").default("http://localhost:3000"),
  ),
});

export type ClientEnv = z.output<typeof clientSchema>;
export { clientSchema };

export const clientEnv: ClientEnv = clientSchema.parse({
  NEXT_PUBLIC_SITE_URL: process.env.NEXT_PUBLIC_SITE_URL,
});
