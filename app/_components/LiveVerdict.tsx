import type { State } from "@/lib/sources/model";
import { SIGNAL_LABEL, STATE_ANSWER, STATE_LABEL, ago } from "@/lib/status/labels";

export type VerdictProps = { slug: string; name: string; state: State; reason: string; signal: string; checkedAt: string | null; now: Date };

/**
 * The verdict above the fold, as plain server-rendered markup. The `data-field` slots are what
 * liveVerdict() in inline-scripts.ts rewrites in the browser; keep the two in step.
 */
export function LiveVerdict({ slug, name, state, reason, signal, checkedAt, now }: VerdictProps) {
  return (
    <section className={`verdict verdict-${state}`} aria-live="polite" data-testid="verdict" data-live-verdict=""
      data-slug={slug} data-name={name} data-state={state} data-checked-at={checkedAt ?? ""}>
      <p className="verdict-answer" data-field="answer">{STATE_ANSWER[state]}.</p>
      <p className="verdict-line"><strong data-field="label">{name}: {STATE_LABEL[state].toLowerCase()}</strong>, <span data-field="ago">{checkedAt ? `checked ${ago(checkedAt, now)}` : "not checked yet"}</span></p>
      <p className="verdict-reason" data-field="reason">{reason}</p>
      <p className="muted">Decided by: <span data-field="signal">{SIGNAL_LABEL[signal] ?? signal}</span></p>
    </section>
  );
}
