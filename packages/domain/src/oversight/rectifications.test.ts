import { describe, expect, it } from 'vitest';
import { isRectificationOverdue, rectificationTransition } from './rectifications';

describe('rectifications of a case-file review (案卷评查整改)', () => {
  it('the agency answers an open or returned task; the reviewer accepts or returns only an answered one', () => {
    expect(rectificationTransition('open', 'reply')).toBe('replied');
    expect(rectificationTransition('returned', 'reply')).toBe('replied');
    expect(rectificationTransition('replied', 'accept')).toBe('done');
    expect(rectificationTransition('replied', 'return')).toBe('returned');
    expect(rectificationTransition('open', 'accept')).toBeNull();
    expect(rectificationTransition('replied', 'reply')).toBeNull();
    expect(rectificationTransition('done', 'reply')).toBeNull();
  });

  it('overdue only while awaiting the agency and after the deadline day', () => {
    expect(isRectificationOverdue('open', '2026-03-01', '2026-03-02')).toBe(true);
    expect(isRectificationOverdue('returned', '2026-03-01', '2026-03-02')).toBe(true);
    expect(isRectificationOverdue('open', '2026-03-02', '2026-03-02')).toBe(false);
    expect(isRectificationOverdue('replied', '2026-03-01', '2026-03-02')).toBe(false);
    expect(isRectificationOverdue('done', '2026-03-01', '2026-03-02')).toBe(false);
  });
});
