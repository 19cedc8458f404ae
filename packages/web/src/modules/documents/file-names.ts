/** A download name for a PDF: the characters file systems refuse become spaces. */
export function fileNameOf(title: string): string {
  const clean = [...title]
    .map((c) => (c.charCodeAt(0) < 32 ? ' ' : c))
    .join('')
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return `${clean || '文书'}.pdf`;
}
