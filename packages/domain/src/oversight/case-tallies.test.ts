import { describe, expect, it } from 'vitest';
import { tallyDelta, type CaseTally } from './case-tallies';

const t = (p: Partial<CaseTally>): CaseTally => ({
  itemCode: 'X1',
  filedOn: null,
  decidedOn: null,
  closedOn: null,
  fines: 0,
  ...p,
});

describe('dashboard counters: an action changes the tallies by after − before', () => {
  it('filing (行政处罚法 第54条 立案) adds one filed case on the filing day', () => {
    expect(tallyDelta(null, t({ filedOn: '2026-03-02' }))).toEqual([
      { day: '2026-03-02', itemCode: 'X1', filed: 1, decided: 0, closed: 0, fines: 0 },
    ]);
  });

  it('an action that changes nothing counted writes nothing', () => {
    expect(tallyDelta(t({ filedOn: '2026-03-02' }), t({ filedOn: '2026-03-02' }))).toEqual([]);
  });

  it('a decision adds its fines on the decision day; a decision on the filing day merges into one row', () => {
    expect(
      tallyDelta(t({ filedOn: '2026-03-02' }), t({ filedOn: '2026-03-02', decidedOn: '2026-03-02', fines: 200 })),
    ).toEqual([{ day: '2026-03-02', itemCode: 'X1', filed: 0, decided: 1, closed: 0, fines: 200 }]);
  });

  it("a changed item moves the case from one item's counters to the other's", () => {
    const rows = tallyDelta(t({ filedOn: '2026-03-02' }), t({ filedOn: '2026-03-02', itemCode: 'Y2' }));
    expect(rows).toEqual([
      { day: '2026-03-02', itemCode: 'X1', filed: -1, decided: 0, closed: 0, fines: 0 },
      { day: '2026-03-02', itemCode: 'Y2', filed: 1, decided: 0, closed: 0, fines: 0 },
    ]);
  });
});
