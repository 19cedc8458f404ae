// The kind of an uploaded image judged by its first bytes, never by its name or declared type:
// the public complaint form takes photos only (security.md S34; ASVS V12.2.1).

export type PhotoType = 'image/jpeg' | 'image/png' | 'image/webp';

export const PHOTO_EXTENSIONS: Readonly<Record<PhotoType, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
};

/** JPEG (FF D8 FF), PNG (89 50 4E 47 0D 0A 1A 0A) or WebP (RIFF….WEBP); anything else is null. */
export function sniffPhotoType(head: Uint8Array): PhotoType | null {
  const b = (i: number) => head[i];
  if (head.length >= 3 && b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return 'image/jpeg';
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (head.length >= 8 && png.every((v, i) => b(i) === v)) return 'image/png';
  const ascii = (from: number, text: string) => [...text].every((c, i) => b(from + i) === c.charCodeAt(0));
  if (head.length >= 12 && ascii(0, 'RIFF') && ascii(8, 'WEBP')) return 'image/webp';
  return null;
}
