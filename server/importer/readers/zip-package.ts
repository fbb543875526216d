/**
 * Opens a zip package (.docx, .xlsx, .ofd, .odt …) to tell what it is by its parts and to read
 * one part, with the same guards as the workbook upload (server/excel/workbook-safety.ts):
 * few entries, declared sizes and compression ratios within reason, and an inflated part
 * counted byte by byte so one that lies about its size is stopped.
 */
import yauzl from 'yauzl';
import { MAX_ENTRIES, MAX_RATIO, MAX_TOTAL_BYTES } from '../../excel/workbook-safety.ts';
import { DocumentReadError } from './errors.ts';

export interface ZipPackage {
  names: Set<string>;
  /** The inflated bytes of one part, refused beyond maxBytes. */
  read(name: string, maxBytes: number): Promise<Buffer>;
  close(): void;
}

/** Word/WPS packages hold fonts and images too, so allow more entries than a workbook. */
const MAX_PACKAGE_ENTRIES = MAX_ENTRIES * 10;

function broken(reason: string): DocumentReadError {
  return new DocumentReadError(
    `压缩包文件已损坏或不完整，无法读取（${reason.slice(0, 80)}），请重新下载或重新保存后上传。The zip package is damaged or truncated; download or save it again.`,
    'zip',
  );
}

export async function openZipPackage(bytes: Uint8Array): Promise<ZipPackage> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true }, (e, z) =>
      e ? reject(broken(e.message)) : resolve(z),
    ),
  );
  const entries = new Map<string, yauzl.Entry>();
  await new Promise<void>((resolve, reject) => {
    let total = 0;
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.set(entry.fileName, entry);
      total += entry.uncompressedSize;
      const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
      if (entries.size > MAX_PACKAGE_ENTRIES || total > MAX_TOTAL_BYTES * 5 || ratio > MAX_RATIO) {
        zip.close();
        reject(
          new DocumentReadError(
            `压缩包解压后过大或部件过多（${entry.fileName.slice(0, 60)}），拒绝读取。The package inflates too far or holds too many parts.`,
            'zip',
          ),
        );
      } else zip.readEntry();
    });
    zip.on('end', () => resolve());
    zip.on('error', (e: Error) => reject(broken(e.message)));
    zip.readEntry();
  });
  return {
    names: new Set(entries.keys()),
    close: () => zip.close(),
    read: (name, maxBytes) => {
      const entry = entries.get(name);
      if (!entry) return Promise.reject(broken(`缺少 ${name}`));
      return new Promise((resolve, reject) =>
        zip.openReadStream(entry, (e, stream) => {
          if (e) return reject(broken(e.message));
          const chunks: Buffer[] = [];
          let size = 0;
          stream.on('data', (chunk: Buffer) => {
            size += chunk.length;
            chunks.push(chunk);
            if (size > maxBytes) {
              stream.destroy(
                new DocumentReadError(
                  `${name} 解压后超过 ${maxBytes} 字节，拒绝读取。${name} inflates beyond ${maxBytes} bytes.`,
                  'zip',
                ),
              );
            }
          });
          stream.on('end', () => resolve(Buffer.concat(chunks)));
          stream.on('error', (err) =>
            reject(err instanceof DocumentReadError ? err : broken(err.message)),
          );
        }),
      );
    },
  };
}
