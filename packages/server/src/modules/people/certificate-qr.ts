import QRCode from 'qrcode';
import type { FastifyRequest } from 'fastify';

/** Where the public page lives, as seen by the client (the app trusts the proxy's X-Forwarded-Host/Proto). */
export function verifyUrl(req: FastifyRequest, token: string): string {
  return `${req.protocol}://${req.host || 'localhost'}/verify/${encodeURIComponent(token)}`;
}

export async function certificateQrPng(url: string): Promise<Buffer> {
  // Level M survives a creased or partly covered card; 8-module quiet zone for phone cameras.
  return QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 360 });
}
