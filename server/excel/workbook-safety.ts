/**
 * Checks an uploaded workbook's bytes before any xlsx parser sees them: it must be small, a zip
 * (an .xlsx is one), hold only the parts a spreadsheet has, and not inflate beyond reason (a zip
 * bomb). The sizes the central directory declares are checked first; then every part is inflated
 * once, counting bytes, so a part that lies about its size is caught here (yauzl's
 * validateEntrySizes) and not inside the parser.
 */
import yauzl from 'yauzl';

/** A feedback form is ~10 KB; 1 MB leaves room for any honest workbook and fits /graphql's body limit. */
export const MAX_WORKBOOK_BYTES = 1_000_000;
export const MAX_ENTRIES = 100;
export const MAX_ENTRY_BYTES = 10_000_000;
export const MAX_TOTAL_BYTES = 20_000_000;
export const MAX_RATIO = 200;

/** Part names an .xlsx written by Excel, LibreOffice, WPS or exceljs may contain. */
const ALLOWED_PART =
  /^(\[Content_Types\]\.xml|_rels\/\.rels|docProps\/[\w.-]+\.xml|xl\/[\w./-]+\.(xml|rels|bin|vml|png|jpe?g|gif|emf|wmf)|customXml\/[\w./-]+\.(xml|rels)|(_rels|docProps|xl|customXml)(\/[\w.-]+)*\/)$/;

export interface SafetyProblem {
  code: 'NOT_XLSX' | 'TOO_LARGE' | 'CORRUPT' | 'UNEXPECTED_PART' | 'ZIP_BOMB';
  message: string;
}

function open(bytes: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (e, zip) =>
      e ? reject(e) : resolve(zip),
    ),
  );
}

function entriesOf(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry);
      if (entries.length > MAX_ENTRIES) {
        zip.close();
        resolve(entries);
      } else zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}

function inflatedSize(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<number> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (e, stream) => {
      if (e) return reject(e);
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_ENTRY_BYTES) stream.destroy(new Error(`${entry.fileName} inflates too far`));
      });
      stream.on('end', () => resolve(size));
      stream.on('error', reject);
    }),
  );
}

/** Null when the bytes may be handed to the xlsx reader; otherwise why not, in Chinese. */
export async function checkWorkbookBytes(bytes: Buffer): Promise<SafetyProblem | null> {
  if (bytes.length > MAX_WORKBOOK_BYTES) {
    return {
      code: 'TOO_LARGE',
      message: `文件 ${bytes.length} 字节，超过上限 ${MAX_WORKBOOK_BYTES} 字节（跟踪反馈表通常约 10 KB）`,
    };
  }
  // Every zip starts with a local file header, `PK\x03\x04`; .xls (OLE2), CSV and PDF do not.
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) {
    return {
      code: 'NOT_XLSX',
      message: '不是 .xlsx 工作簿（请用 Excel 或 WPS 另存为 .xlsx 格式）',
    };
  }
  let entries: yauzl.Entry[];
  let zip: yauzl.ZipFile;
  try {
    zip = await open(bytes);
    entries = await entriesOf(zip);
  } catch (e) {
    return {
      code: 'CORRUPT',
      message: `工作簿已损坏，无法读取（${e instanceof Error ? e.message.slice(0, 80) : 'zip'}）`,
    };
  }
  if (entries.length > MAX_ENTRIES) {
    return { code: 'UNEXPECTED_PART', message: `工作簿包含超过 ${MAX_ENTRIES} 个部件` };
  }
  const names = new Set(entries.map((e) => e.fileName));
  if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml')) {
    return { code: 'NOT_XLSX', message: '压缩包不是 .xlsx 工作簿（缺少 xl/workbook.xml）' };
  }
  let total = 0;
  for (const entry of entries) {
    if (!ALLOWED_PART.test(entry.fileName)) {
      return {
        code: 'UNEXPECTED_PART',
        message: `工作簿包含不应有的部件「${entry.fileName.slice(0, 80)}」`,
      };
    }
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES || ratio > MAX_RATIO) {
      return {
        code: 'ZIP_BOMB',
        message: `工作簿解压后过大（${entry.fileName.slice(0, 80)}：${entry.uncompressedSize} 字节，压缩比 ${Math.round(ratio)}），拒绝读取`,
      };
    }
  }
  try {
    for (const entry of entries) await inflatedSize(zip, entry);
  } catch (e) {
    return {
      code: 'CORRUPT',
      message: `工作簿已损坏，无法读取（${e instanceof Error ? e.message.slice(0, 80) : 'zip'}）`,
    };
  } finally {
    zip.close();
  }
  return null;
}
