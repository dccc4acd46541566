/** postject ships no types; this is the one function the backend build calls. */
declare module 'postject' {
  export function inject(
    file: string,
    resourceName: string,
    resourceData: Buffer,
    options: { sentinelFuse: string; machoSegmentName?: string; overwrite?: boolean }
  ): Promise<void>;
}
