/**
 * A file under public/, addressed from the site root, below next.config's basePath when the
 * course is hosted under a sub-path (Next inlines __NEXT_ROUTER_BASEPATH into client code;
 * NEXT_PUBLIC_BASE_PATH, if set, wins).
 */
export function assetUrl(path: string): string {
  const base = process.env.NEXT_PUBLIC_BASE_PATH ?? process.env.__NEXT_ROUTER_BASEPATH ?? '';
  return `${base.replace(/\/$/, '')}${path}`;
}
