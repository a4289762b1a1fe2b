// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WebAssembly and data files it loads from its own folder, and the
  // Postgres driver uses Node built-ins: both must stay real node_modules, not bundles.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  // The stylesheet is a few KB: inline it rather than make every first view wait for a request
  // (the static service pages inline the same file themselves).
  experimental: { inlineCss: true },
  // The static documents read the stylesheet at runtime (app/_components/StaticDocument.tsx).
  outputFileTracingIncludes: { "/**": ["./app/globals.css"] },
};

export default nextConfig;
