import type { AppContext } from '../../platform/context';
import { ensureHolidayCalendar } from '../../shared/calendar-store';
import { ensureLawLibrary } from '../laws/reference';
import { ensureSearchWords } from '../laws/search/index-words';
import { ensureThesaurus } from '../laws/search/thesaurus';

/** Reference data every installation carries, loaded idempotently at start. */
export async function ensureReferenceData(app: AppContext): Promise<void> {
  await ensureHolidayCalendar(app);
  await ensureLawLibrary(app);
  await ensureSearchWords(app.db);
  await ensureThesaurus(app.db);
}
