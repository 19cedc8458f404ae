import type { RouteContext } from '../platform/route';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sends a workbook as a download; `asciiName` is for clients that ignore the RFC 5987 name. */
export function sendWorkbook(
  reply: RouteContext<unknown, unknown, unknown>['reply'],
  fileName: string,
  asciiName: string,
  data: Buffer,
) {
  return reply
    .type(XLSX)
    .header(
      'content-disposition',
      `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    )
    .send(data);
}
