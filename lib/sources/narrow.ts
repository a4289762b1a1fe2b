import { worstState, type NormalizedComponent, type NormalizedStatus, type State } from "./model";
import { STATE_TEXT } from "./schema";

// Shared pages (one Statuspage for several products) are narrowed to the components a catalog
// entry names. Only what is explicitly attached to a kept component counts: an incident with no
// components is dropped, since on a shared page it is as likely to be about another product.

const norm = (s: string) => s.trim().toLowerCase().replace(/\s*\/\s*/g, "/").replace(/\s+/g, " ");

/** A filter entry names a component, its group (all children), or "Group / Component". */
function wanted(c: NormalizedComponent, names: Set<string>): boolean {
  if (names.has(norm(c.name))) return true;
  return c.group !== null && (names.has(norm(c.group)) || names.has(norm(`${c.group}/${c.name}`)));
}

/**
 * Keeps the named components and the incidents touching them, and recomputes the overall state
 * from those alone. `maintenanceComponents` (id → component ids), when the format knows it,
 * narrows maintenances the same way; otherwise they are kept.
 */
export function narrowToComponents(
  s: NormalizedStatus,
  names: string[] | undefined,
  maintenanceComponents?: Map<string, string[]>,
): NormalizedStatus {
  if (!names?.length) return s;
  const set = new Set(names.map(norm));
  const components = s.components.filter((c) => wanted(c, set));
  if (components.length === 0) {
    return { ...s, overall: "unknown", description: `none of the filtered components (${names.join(", ")}) is on this page`, components, incidents: [], maintenances: [] };
  }
  const ids = new Set(components.map((c) => c.upstreamId));
  const touches = (list: string[]) => list.some((id) => ids.has(id));
  const incidents = s.incidents.filter((i) => touches(i.componentIds));
  const maintenances = maintenanceComponents ? s.maintenances.filter((m) => touches(maintenanceComponents.get(m.upstreamId) ?? [])) : s.maintenances;
  const states: State[] = [
    ...components.map((c) => c.state),
    ...incidents.filter((i) => i.resolvedAt === null).map((i) => i.impact),
    ...maintenances.filter((m) => m.status === "in_progress").map((): State => "maintenance"),
  ];
  const overall = worstState(states);
  return { ...s, overall, description: `${STATE_TEXT[overall]} (${components.map((c) => c.name).join(", ")})`, components, incidents, maintenances };
}
