import dayjs from 'dayjs';

/** Today in the user's calendar ('YYYY-MM-DD'), as the domain rules take dates. */
export function todayString(): string {
  return dayjs().format('YYYY-MM-DD');
}

export function nowMinute(): string {
  return dayjs().format('YYYY-MM-DDTHH:mm');
}
