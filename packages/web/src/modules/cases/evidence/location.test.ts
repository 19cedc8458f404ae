import { describe, expect, it } from 'vitest';
import { locationText, splitLocation } from './location';

const here = { latitude: 22.612345, longitude: 113.012347, accuracy: 8.4 };

describe('evidence location: a place, with the coordinates kept', () => {
  it('stores the named place with the coordinates in brackets, and reads them apart again', () => {
    const text = locationText(' 杜阮镇中心广场 ', here);
    expect(text).toBe('杜阮镇中心广场（北纬 22.61235，东经 113.01235，±8 米）');
    expect(splitLocation(text)).toEqual({
      place: '杜阮镇中心广场',
      coordinates: '北纬 22.61235，东经 113.01235，±8 米',
    });
  });

  it('keeps either part alone', () => {
    expect(locationText('杜阮南路', null)).toBe('杜阮南路');
    expect(locationText('', null)).toBeUndefined();
    expect(splitLocation(locationText(undefined, here))).toEqual({
      place: null,
      coordinates: '北纬 22.61235，东经 113.01235，±8 米',
    });
    expect(splitLocation('杜阮南路（近农贸市场）')).toEqual({ place: '杜阮南路（近农贸市场）', coordinates: null });
  });

  it('reads the older form the upload dialog wrote (coordinates only, accuracy in brackets)', () => {
    expect(splitLocation('北纬 22.61234，东经 113.01234（±12 米）')).toEqual({
      place: null,
      coordinates: '北纬 22.61234，东经 113.01234（±12 米）',
    });
    expect(splitLocation(null)).toEqual({ place: null, coordinates: null });
  });
});
