/** Lower-case hex SHA-256 of a file, computed in the browser before upload so the server can check it. */
export async function sha256Hex(file: Blob): Promise<string> {
  if (!globalThis.crypto?.subtle) throw new Error('当前浏览器环境不支持计算文件摘要（需通过 HTTPS 访问）');
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
