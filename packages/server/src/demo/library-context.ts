/** What the demo seeders of the libraries and cases share once the organisations exist. */
export interface DemoLibraryContext {
  /** Demo agency keys (see county.ts: 'duruan', 'cg', …) → agency ids. */
  agencyIds: Map<string, string>;
  today: string;
}
