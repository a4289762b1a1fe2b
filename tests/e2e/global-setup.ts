import path from "node:path";
import { ensureBuild } from "@/lib/server/build";

// e2e runs against the production build, built once here (skipped when sources are unchanged).
export default function setup() {
  ensureBuild(path.resolve(import.meta.dirname, "../.."), (l) => console.log(l));
}
