// 一案一码: the QR code drawn on a decision decodes to the decision's public address.
import jsQR from 'jsqr';
import { decisionPublicUrl } from '@zhifa/domain';
import { describe, expect, it } from 'vitest';
import { qrMatrix } from '../../src/modules/documents/pdf-layout';

function rasterize(payload: string, scale = 4) {
  const m = qrMatrix(payload);
  const quiet = 4;
  const side = (m.size + 2 * quiet) * scale;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let r = 0; r < m.size; r++)
    for (let c = 0; c < m.size; c++) {
      if (!m.dark(r, c)) continue;
      for (let y = 0; y < scale; y++)
        for (let x = 0; x < scale; x++) {
          const i = (((r + quiet) * scale + y) * side + (c + quiet) * scale + x) * 4;
          data[i] = data[i + 1] = data[i + 2] = 0;
        }
    }
  return { data, side };
}

describe('decision QR code', () => {
  it('decodes to the public page of the decision document', () => {
    const url = decisionPublicUrl('http://localhost:3000', '5b0c7c4e-1d2a-4f7e-9a41-8e2f7b1c3d55');
    const { data, side } = rasterize(url);
    expect(jsQR(data, side, side)?.data).toBe(
      'http://localhost:3000/public/decisions/5b0c7c4e-1d2a-4f7e-9a41-8e2f7b1c3d55',
    );
  });
});
