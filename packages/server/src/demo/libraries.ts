import type { Tx } from '../db/schema';
import type { AppContext } from '../platform/context';

export interface DemoLibraryContext {
  agencyIds: Map<string, string>;
  today: string;
}

/** Demo laws, catalogue and delegations (filled by the libraries modules). */
export async function seedLibraryDemo(_tx: Tx, _app: AppContext, _ctx: DemoLibraryContext): Promise<void> {}
