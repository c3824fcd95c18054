// epcis2.js ships its declarations outside its package.json's reach: the one function the tests call.
declare module "epcis2.js" {
  /** Validates an EPCIS 2.0 document against the standard's JSON schema. */
  export function validateEpcisDocument(document: unknown, throwError?: boolean): { success: boolean; errors: string[] }
}
