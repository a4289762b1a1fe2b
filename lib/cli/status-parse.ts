// npm run -s status:parse -- --format <format|auto> <file>: the normalised JSON of a saved
// payload (overall, components, incidents, maintenances). Exit 1 with one line if unreadable.
import { readFileSync } from "node:fs";
import { SOURCE_FORMATS, type SourceFormat } from "../catalog/types";
import { decodeBody } from "../http/fetch-upstream";
import { detectFormat, parserFor } from "../sources";
import { runCli } from "./run";

runCli(async () => {
  const args = process.argv.slice(2);
  const at = args.indexOf("--format");
  const format = at >= 0 ? args[at + 1] : "auto";
  const file = args.find((a, i) => !a.startsWith("--") && i !== at + 1);
  if (!file || !format) throw new Error("usage: npm run -s status:parse -- --format <format|auto> <file>");
  if (format !== "auto" && !SOURCE_FORMATS.includes(format as SourceFormat)) throw new Error(`unknown format "${format}" (one of: auto, ${SOURCE_FORMATS.join(", ")})`);
  let body: string;
  try {
    // Decoded like a fetched body: a byte-order mark wins (AWS saves as UTF-16).
    body = decodeBody(readFileSync(file), null);
  } catch (err) {
    throw new Error(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const res = { status: 200, contentType: file.endsWith(".json") ? "application/json" : "", body, headers: new Headers() };
  const chosen = format === "auto" ? detectFormat(res) : (format as SourceFormat);
  if (!chosen) throw new Error(`${file}: not a status payload in any format we know`);
  const s = parserFor(chosen)(res, { now: new Date() });
  console.log(JSON.stringify({ format: chosen, overall: s.overall, description: s.description, components: s.components, incidents: s.incidents.filter((i) => !i.resolvedAt), maintenances: s.maintenances, sourceUpdatedAt: s.sourceUpdatedAt }, null, 2));
});
