const esc = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The sign-in email, plain text and HTML. */
export function magicLinkEmail(link: string) {
  return {
    subject: "Your StatusRadar sign-in link",
    text: `Sign in to StatusRadar:\n\n${link}\n\nThe link works once, for 15 minutes. If you did not ask for it, ignore this email.`,
    html: `<p>Sign in to StatusRadar:</p><p><a href="${esc(link)}">Sign in</a></p><p>The link works once, for 15 minutes. If you did not ask for it, ignore this email.</p>`,
  };
}
