// The only JavaScript the public pages ship: small functions inlined as their source text, each
// called with what it needs as arguments (labels as JSON, helpers as functions). So each must
// refer to nothing outside its own body; `ago` from lib/status/labels is such a function too,
// and the server and the browser word freshness the same way.
import { SIGNAL_LABEL, STATE_ANSWER, STATE_LABEL, ago } from "@/lib/status/labels";

type Ago = typeof ago;
type Labels = { state: Record<string, string>; answer: Record<string, string>; signal: Record<string, string> };

const json = (v: unknown) => JSON.stringify(v).replace(/</g, "\\u003c");

/**
 * Service page: refreshes the verdict from the public JSON API every 30 s, when the tab comes back,
 * and at load if the rendered check is old; keeps "checked N s ago" ticking. Rewrites the
 * `data-field` slots of <LiveVerdict>.
 */
function liveVerdict(labels: Labels, agoText: Ago) {
  const root = document.querySelector<HTMLElement>("[data-live-verdict]");
  if (!root) return;
  const set = (field: string, text: string) => {
    const el = root.querySelector(`[data-field="${field}"]`);
    if (el && el.textContent !== text) el.textContent = text;
  };
  const tick = () => {
    const at = root.dataset.checkedAt;
    set("ago", at ? "checked " + agoText(at) : "not checked yet");
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

/**
 * Home page: the search box filters the server-rendered cards in place (Enter opens the first
 * match), and the "checked … ago" lines follow the fresh check times from the JSON API. Lines are
 * `[data-checked-at]` elements, with `data-checked-slug` for one service, without for the latest.
 */
function homePage(agoText: Ago) {
  const form = document.querySelector<HTMLFormElement>("[data-service-search]");
  if (form) {
    const input = form.querySelector("input")!;
    const count = form.querySelector("[data-search-count]")!;
    const cards = [...document.querySelectorAll<HTMLElement>("[data-search]")];
    const groups = [...document.querySelectorAll<HTMLElement>("[data-group]")];
    const filter = () => {
      const needle = input.value.trim().toLowerCase();
      let shown = 0;
      for (const el of cards) {
        el.hidden = Boolean(needle) && !el.dataset.search!.includes(needle);
        if (!el.hidden) shown++;
      }
      for (const g of groups) g.hidden = !g.querySelector("[data-search]:not([hidden])");
      count.textContent = needle ? shown + " of " + cards.length + " services match" : "";
    };
    input.addEventListener("input", filter);
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      const first = cards.find((el) => !el.hidden)?.querySelector("a");
      if (first && input.value.trim()) location.href = first.href;
    });
    form.hidden = false; // useless without this script, so it is rendered hidden
    if (input.value) filter(); // the browser may restore a query on back navigation
  }
  const lines = () => document.querySelectorAll<HTMLElement>("[data-checked-at]");
  const reword = () => lines().forEach((el) => {
    const at = el.dataset.checkedAt;
    if (at) el.textContent = (el.dataset.prefix ?? "checked") + " " + agoText(at);
  });
  const refresh = () => {
    fetch("/api/v1/services", { cache: "no-store" })
      .then((r) => (r.ok ? r.json() : null))
      .then((body: { services: { slug: string; checkedAt: string | null }[] } | null) => {
        if (!body) return;
        const times = new Map(body.services.filter((s) => s.checkedAt).map((s) => [s.slug, s.checkedAt!]));
        const latest = [...times.values()].sort().at(-1);
        lines().forEach((el) => {
          const at = el.dataset.checkedSlug ? times.get(el.dataset.checkedSlug) : latest;
          if (at) el.dataset.checkedAt = at;
        });
        reword();
      })
      .catch(() => {});
  };
  refresh();
  setInterval(refresh, 30_000);
  setInterval(reword, 5_000);
  document.addEventListener("visibilitychange", () => { if (document.visibilityState === "visible") refresh(); });
}

export function liveVerdictScript(): string {
  const labels: Labels = { state: STATE_LABEL, answer: STATE_ANSWER, signal: SIGNAL_LABEL };
  return `(${liveVerdict.toString()})(${json(labels)},${ago.toString()})`;
}

export function homePageScript(): string {
  return `(${homePage.toString()})(${ago.toString()})`;
}
