const esc = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The sign-in email, plain text and HTML. */
export function magicLinkEmail(link: string) {
  return {
    subject: "Your StatusRadar sign-in link",
    text: `Sign in to StatusRadar:\n\n${link}\n\nThe link works once, for 15 minutes. If you did not ask for it, ignore this email.`,
    html: `<p>Sign in to StatusRadar:</p><p><a href="${esc(link)}">Sign in</a></p><p>The link works once, for 15 minutes. If you did not ask for it, ignore this email.</p>`,
  };
}

export function trialEndingEmail(trialEnd: Date | null, manageUrl: string) {
  const when = trialEnd ? trialEnd.toISOString().slice(0, 10) : "in 3 days";
  return {
    subject: "Your Alert Pro trial ends in 3 days",
    text: `Your StatusRadar Alert Pro trial ends on ${when}. After that it is $9/month; nothing to do if you want to keep it.\n\nTo cancel or change your card: ${manageUrl}`,
    html: `<p>Your StatusRadar Alert Pro trial ends on ${esc(when)}. After that it is $9/month; nothing to do if you want to keep it.</p><p><a href="${esc(manageUrl)}">Cancel or change your card</a></p>`,
  };
}

export function paymentFailedEmail(manageUrl: string) {
  return {
    subject: "Your Alert Pro payment failed",
    text: `We could not charge your card for Alert Pro. Stripe will retry over the next days and your alerts keep working meanwhile.\n\nUpdate your card: ${manageUrl}`,
    html: `<p>We could not charge your card for Alert Pro. Stripe will retry over the next days and your alerts keep working meanwhile.</p><p><a href="${esc(manageUrl)}">Update your card</a></p>`,
  };
}
