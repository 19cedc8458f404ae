import type { AppContext } from '../../platform/context';

/** Import the law texts shipped in reference/laws (idempotent). Implemented by the laws module. */
export async function ensureLawLibrary(_app: AppContext): Promise<void> {}
