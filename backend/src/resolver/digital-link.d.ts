// digital-link.js ships no types: what the resolver (and its tests, as an independent implementation) call.
declare module "digital-link.js" {
  export const Utils: {
    /** `https://host/{compressed}` → `https://host/01/…`; throws when it is not a compressed Digital Link. */
    decompressWebUri(uri: string): string
    /** `https://host/01/…` → `https://host/{compressed}`, by GS1's compression algorithm. */
    compressWebUri(uri: string): string
  }
  /** Throws when the URI holds no GS1 primary key at all. */
  export function DigitalLink(uri: string): { isValid(): boolean }
}
