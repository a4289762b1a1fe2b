/** Cache tags shared by the cached readers (Next side) and the revalidation client (poller side). */
export const ALL_TAG = "status";
export const LIST_TAG = "services";
export const serviceTag = (slug: string) => `service:${slug}`;
