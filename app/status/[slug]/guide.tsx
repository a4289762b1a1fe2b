import type { ServiceEntry } from "@/lib/catalog/types";
import { findService } from "@/lib/catalog/services";
import type { Guide } from "@/lib/guides/types";
import type { CachedServiceSummary } from "@/lib/status/cached";
import { StateBadge } from "@/app/_components/StateBadge";

/** The troubleshooting guide, rendered from the same typed data the FAQ structured data uses. */
export function GuideSection({ entry, guide, live }: { entry: ServiceEntry; guide: Guide; live: Map<string, CachedServiceSummary> }) {
  return (
    <section aria-labelledby="guide-h" className="guide">
      <h2 id="guide-h">{entry.name} troubleshooting guide</h2>
      <p>{guide.summary}</p>
      <h3>Check it yourself</h3>
      <pre><code>{guide.quickCheck.command}</code></pre>
      <p>{guide.quickCheck.explanation}</p>
      <table>
        <caption className="sr-only">What each answer means</caption>
        <thead><tr><th scope="col">Answer</th><th scope="col">Meaning</th></tr></thead>
        <tbody>{guide.quickCheck.outcomes.map((o) => <tr key={o.status}><td><code>{o.status}</code></td><td>{o.meaning}</td></tr>)}</tbody>
      </table>
      <h3>Error codes</h3>
      <table>
        <thead><tr><th scope="col">Code</th><th scope="col">Meaning</th><th scope="col">What to do</th></tr></thead>
        <tbody>{guide.errorCodes.map((e) => <tr key={e.code}><td><code>{e.code}</code></td><td>{e.meaning}</td><td>{e.whatToDo}</td></tr>)}</tbody>
      </table>
      <h3>Why {entry.name} goes down</h3>
      {guide.whyItBreaks.map((w) => <div key={w.title}><h4>{w.title}</h4><p>{w.body}</p></div>)}
      <h3>Troubleshooting checklist</h3>
      <ol>{guide.checklist.map((c) => <li key={c}>{c}</li>)}</ol>
      <h3>Stay up while it is down</h3>
      {guide.fallbacks.map((f) => <div key={f.title}><h4>{f.title}</h4><p>{f.body}</p></div>)}
      <h3>Alternatives</h3>
      <ul className="alternatives">
        {guide.alternatives.map((slug) => {
          const s = findService(slug);
          return s ? <li key={slug}><a href={`/status/${slug}`}>{s.name}</a> <StateBadge state={live.get(slug)?.state ?? "unknown"} /></li> : null;
        })}
      </ul>
      <h3>FAQ</h3>
      <dl className="faq">{guide.faq.map((f) => <div key={f.question}><dt>{f.question}</dt><dd>{f.answer}</dd></div>)}</dl>
    </section>
  );
}
