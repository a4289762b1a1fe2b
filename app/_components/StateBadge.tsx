import type { State } from "@/lib/sources/model";
import { STATE_LABEL } from "@/lib/status/labels";

/** State shown by text and colour together, never colour alone. */
export function StateBadge({ state }: { state: State }) {
  return <span className={`badge state-${state}`}>{STATE_LABEL[state]}</span>;
}
