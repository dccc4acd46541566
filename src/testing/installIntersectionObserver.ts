/** jsdom has no IntersectionObserver; @grafana/ui's scrolling menus create one when they open. */
export function installIntersectionObserver(): void {
  if ('IntersectionObserver' in globalThis) {
    return;
  }
  class NoIntersections {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
    takeRecords(): [] {
      return [];
    }
  }
  Object.assign(globalThis, { IntersectionObserver: NoIntersections });
}
