import dayjs from 'dayjs';

export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm:ss') : '—';
}

export function formatMinute(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—';
}

export function formatDate(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('YYYY-MM-DD') : '—';
}

/** “3 天后到期” style text for deadlines given as YYYY-MM-DD or ISO strings; `today` is passed in. */
export function dueText(due: string, today: dayjs.Dayjs = dayjs()): string {
  const days = dayjs(due).startOf('day').diff(today.startOf('day'), 'day');
  if (days < 0) return `已超期 ${-days} 天`;
  if (days === 0) return '今天到期';
  return `${days} 天后到期`;
}
