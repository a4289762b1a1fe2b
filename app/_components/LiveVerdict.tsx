import type { State } from "@/lib/sources/model";
import { SIGNAL_LABEL, STATE_ANSWER, STATE_LABEL, ago } from "@/lib/status/labels";

export type VerdictProps = { slug: string; name: string; state: State; reason: string; signal: string; checkedAt: string | null; now: Date };

/**
 * The verdict above the fold, as plain server-rendered markup. The `data-field` slots are what
 * liveVerdictScript() rewrites in the browser; keep the two in step.
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

type Labels = { state: Record<string, string>; answer: Record<string, string>; signal: Record<string, string> };

/**
 * Runs in the browser, inlined by liveVerdictScript(): it must not reference anything outside its
 * own body (it is shipped as its source text). Refreshes the verdict from the public JSON API every
 * 30 s, when the tab comes back and at load if the rendered check is old, and keeps "checked N s ago" ticking. No framework: the service
 * page ships no React runtime at all.
 */
function liveVerdict(labels: Labels) {
  const root = document.querySelector<HTMLElement>("[data-live-verdict]");
  if (!root) return;
  const set = (field: string, text: string) => {
    const el = root.querySelector(`[data-field="${field}"]`);
    if (el && el.textContent !== text) el.textContent = text;
  };
  const tick = () => {
    const at = root.dataset.checkedAt;
    if (!at) return set("ago", "not checked yet");
    const s = Math.max(0, Math.round((Date.now() - new Date(at).getTime()) / 1000));
    set("ago", "checked " + (s < 60 ? s + " s" : s < 3600 ? Math.round(s / 60) + " min" : s < 86400 ? Math.round(s / 3600) + " h" : Math.round(s / 86400) + " d") + " ago");
  };
  type Answer = { verdict?: { state?: string; reason?: string; signal?: string }; official?: { lastCheckAt?: string | null } };
  const apply = (body: Answer) => {
    const v = body.verdict;
    if (!v) return;
    const state = v.state && labels.state[v.state] ? v.state : "unknown";
    root.className = "verdict verdict-" + state;
    root.dataset.state = state;
    root.dataset.checkedAt = body.official?.lastCheckAt ?? "";
    set("answer", labels.answer[state] + ".");
    set("label", root.dataset.name + ": " + labels.state[state]!.toLowerCase());
    set("reason", v.reason ?? "");
    set("signal", (v.signal && labels.signal[v.signal]) || v.signal || "");
    tick();
  };
  // A failed refresh keeps the last verdict; the freshness line then shows how old it is.
  const refresh = () => {
    fetch("/api/v1/services/" + root.dataset.slug, { cache: "no-store" })
      .then((r) => (r.ok ? r.json() : null))
      .then((body) => body && apply(body))
      .catch(() => {});
  };
  setInterval(refresh, 30_000);
  setInterval(tick, 1000);
  document.addEventListener("visibilitychange", () => { if (document.visibilityState === "visible") refresh(); });
  window.addEventListener("pageshow", (e) => { if (e.persisted) refresh(); });
  tick();
  // The page is re-rendered when the verdict changes, not on every unchanged check, so a page
  // served from cache may carry an old "checked at": ask at once rather than in 30 s.
  const at = root.dataset.checkedAt;
  if (!at || Date.now() - new Date(at).getTime() > 45_000) refresh();
}

/** The inline script for a page that renders <LiveVerdict>: the function above plus its labels. */
export function liveVerdictScript(): string {
  const labels: Labels = { state: STATE_LABEL, answer: STATE_ANSWER, signal: SIGNAL_LABEL };
  return `(${liveVerdict.toString()})(${JSON.stringify(labels).replace(/</g, "\\u003c")})`;
}
