// Where evidence was taken: the place as people name it, with the phone's coordinates kept beside it
// in one text field (北纬/东经, WGS-84 as the browser reports them), so both survive in the record.

export interface Coordinates {
  latitude: number;
  longitude: number;
  accuracy: number;
}

export function coordinatesText(c: Coordinates): string {
  return `北纬 ${c.latitude.toFixed(5)}，东经 ${c.longitude.toFixed(5)}，±${Math.round(c.accuracy)} 米`;
}

/** The stored text: 「杜阮镇中心广场（北纬 22.61234，东经 113.01234，±8 米）」, or either part alone. */
export function locationText(place: string | undefined, coordinates: Coordinates | null): string | undefined {
  const name = place?.trim();
  if (!coordinates) return name || undefined;
  const where = coordinatesText(coordinates);
  return name ? `${name}（${where}）` : where;
}

const COORDINATES = /^(北纬\s*-?[\d.]+[，,]\s*东经\s*-?[\d.]+(?:[，,（(]\s*±\s*\d+\s*米[)）]?)?)$/;

/** Splits a stored location into the place and the coordinates, for showing the place first. */
export function splitLocation(text: string | null | undefined): { place: string | null; coordinates: string | null } {
  const value = text?.trim();
  if (!value) return { place: null, coordinates: null };
  const bracket = value.match(/^(.*?)[（(]\s*(北纬[^（）()]*)[）)]$/);
  if (bracket && COORDINATES.test(bracket[2].trim()))
    return { place: bracket[1].trim() || null, coordinates: bracket[2].trim() };
  if (COORDINATES.test(value)) return { place: null, coordinates: value };
  return { place: value, coordinates: null };
}
