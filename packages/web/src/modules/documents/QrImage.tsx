import { useEffect, useState } from 'react';
import QRCode from 'qrcode';

/**
 * A QR code drawn in the browser (a data: image, which the CSP admits), so the phone shows it
 * without a round trip and prints it sharp at any size.
 */
export function QrImage({ text, size, className }: { text: string; size: number; className?: string }) {
  const [drawn, setDrawn] = useState<{ text: string; src: string } | null>(null);
  useEffect(() => {
    let live = true;
    // Error correction M and a quiet zone of 2 modules: readable after thermal printing.
    QRCode.toDataURL(text, { errorCorrectionLevel: 'M', margin: 2, width: size * 2 })
      .then((src) => live && setDrawn({ text, src }))
      .catch(() => live && setDrawn(null));
    return () => {
      live = false;
    };
  }, [text, size]);
  if (!drawn || drawn.text !== text) return <div className={className} style={{ width: size, height: size }} />;
  return (
    <img src={drawn.src} width={size} height={size} alt={`二维码：${text}`} className={className} data-testid="qr" />
  );
}
