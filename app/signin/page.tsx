import type { Metadata } from "next";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

type Props = { searchParams: Promise<{ sent?: string; error?: string; signedOut?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const q = await searchParams;
  return (
    <>
      <h1>Sign in or create an account</h1>
      {q.sent ? <p role="status" className="notice">If that address can receive email, a sign-in link is on its way. It works once, for 15 minutes.</p> : null}
      {q.signedOut ? <p role="status" className="notice">You are signed out.</p> : null}
      {q.error ? <p role="alert" className="error">{q.error}</p> : null}
      <form method="post" action="/api/auth/magic-link" className="stack">
        <label htmlFor="email">Email address</label>
        <input id="email" name="email" type="email" required maxLength={254} autoComplete="email" />
        <button type="submit">Email me a sign-in link</button>
      </form>
      <p className="muted">No password. We send a link; following it signs you in.</p>
    </>
  );
}
