/**
 * A troubleshooting guide for one service, as typed data validated at build (see
 * lib/guides/schema.ts). Text is plain sentences; `code` fields are shown verbatim.
 */
export interface Guide {
  slug: string;
  /** One or two sentences: what this service is and what breaks when it is down. */
  summary: string;
  /** How to check quickly: a copy-paste command and what each answer means. */
  quickCheck: {
    command: string;
    explanation: string;
    outcomes: { status: string; meaning: string }[];
  };
  /** HTTP statuses / error codes users meet, with cause and fix. */
  errorCodes: { code: string; meaning: string; whatToDo: string }[];
  /** Why it goes down: typical causes, each a short paragraph. */
  whyItBreaks: { title: string; body: string }[];
  /** Ordered checklist for someone whose integration just failed. */
  checklist: string[];
  /** How to stay up when it is down (e.g. keep a non-SSO admin login). */
  fallbacks: { title: string; body: string }[];
  /** Catalog slugs of alternatives, shown with their live state. */
  alternatives: string[];
  faq: { question: string; answer: string }[];
  /** True for the fully hand-written guides; false for those built from shared structure. */
  handWritten: boolean;
}
