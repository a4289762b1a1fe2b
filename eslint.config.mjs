import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: [".next/**", "lib/generated/**", "node_modules/**", ".data/**", "scratch/**", "next-env.d.ts", "test-results/**"] },
  {
    rules: {
      // process.env is read in lib/env only; everything else imports the validated env.
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "import env from lib/env/server instead" }],
      // Pages are cached documents; plain links load them whole, with no client router or prefetching.
      "@next/next/no-html-link-for-pages": "off",
    },
  },
  {
    files: ["lib/env/**", "lib/cli/**", "lib/server/**", "lib/dev/**", "lib/db/migrations.ts", "tests/**", "*.config.*", "prisma.config.ts"],
    rules: { "no-restricted-properties": "off" },
  },
];

export default config;
