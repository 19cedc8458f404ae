// Content-addressed, write-once evidence store: <evidenceDir>/ab/cd/<sha256>. Uploads are hashed
// while they stream to a temporary file; only a verified file is linked into place, and an
// object that already exists is never overwritten (link fails instead of replacing).
import crypto from 'node:crypto';
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export const SHA256_HEX = /^[0-9a-f]{64}$/;

export function objectRelativePath(sha256: string): string {
  if (!SHA256_HEX.test(sha256)) throw new Error('invalid sha256');
  return path.join(sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

export function objectPath(dir: string, sha256: string): string {
  return path.join(dir, objectRelativePath(sha256));
}

export interface Received {
  tmpPath: string;
  sha256: string;
  size: number;
}

export async function receiveToTemp(dir: string, stream: Readable): Promise<Received> {
  const tmpDir = path.join(dir, 'tmp');
  await fs.promises.mkdir(tmpDir, { recursive: true, mode: 0o700 });
  const tmpPath = path.join(tmpDir, `${crypto.randomUUID()}.part`);
  const hash = crypto.createHash('sha256');
  let size = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  const out = fs.createWriteStream(tmpPath, { flags: 'wx', mode: 0o600 });
  try {
    await pipeline(stream, tap, out);
  } catch (err) {
    // The file is opened asynchronously: a body cut off early can fail the pipeline before the
    // file exists, and the open would then create it after its removal. Wait until it is let go.
    if (!out.closed) await once(out, 'close').catch(() => undefined);
    await discard(tmpPath);
    throw err;
  }
  return { tmpPath, sha256: hash.digest('hex'), size };
}

export async function discard(tmpPath: string): Promise<void> {
  await fs.promises.rm(tmpPath, { force: true });
}

/** Moves a verified temp file into the store; `created` is false when the object was there already. */
export async function commitObject(
  dir: string,
  received: Received,
): Promise<{ relativePath: string; created: boolean }> {
  const relativePath = objectRelativePath(received.sha256);
  const finalPath = path.join(dir, relativePath);
  await fs.promises.mkdir(path.dirname(finalPath), { recursive: true, mode: 0o700 });
  let created = true;
  try {
    try {
      await fs.promises.link(received.tmpPath, finalPath);
    } catch (err) {
      // Some file systems (network shares) have no hard links; an exclusive copy also never replaces.
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw err;
      await fs.promises.copyFile(received.tmpPath, finalPath, fs.constants.COPYFILE_EXCL);
    }
    await fs.promises.chmod(finalPath, 0o400);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
      await discard(received.tmpPath);
      throw err;
    }
    created = false;
  }
  await discard(received.tmpPath);
  return { relativePath, created };
}

/** Removes an object this request created when its transaction did not commit. */
export async function removeObject(dir: string, sha256: string): Promise<void> {
  await fs.promises.rm(objectPath(dir, sha256), { force: true });
}
