import type { Metadata } from "next";

export const metadata: Metadata = { title: "Confirm sign-in", robots: { index: false } };

type Props = { searchParams: Promise<{ token?: string }> };

// The link opens this page and a button confirms: mail scanners that prefetch links do not
// consume the single-use token, and signing in stays a POST.
export default async function VerifyPage({ searchParams }: Props) {
  const { token } = await searchParams;
  return (
    <>
      <h1>Sign in to StatusRadar</h1>
      <form method="post" action="/api/auth/verify">
        <input type="hidden" name="token" value={token ?? ""} />
        <button type="submit">Continue</button>
      </form>
    </>
  );
}
