/**
 * Regenerates test/fixtures/documents/: each notice of test/fixtures/notices/ (and the
 * hand-made notices, already web pages, listed in HAND_MADE) as a web page with real
 * tables, then printed to PDF by Chromium, converted to .docx by LibreOffice Writer and that
 * .docx exported to PDF by LibreOffice; plus the refusal samples (a scanned PDF, an
 * encrypted PDF, a truncated PDF) and GB18030/GBK text. Needs chromium, soffice
 * (libreoffice-writer-nogui), pdftoppm (poppler-utils) and iconv. Run: `node --import tsx scripts/render-document-fixtures.ts`.
 *
 * In the web page, a blank cell under a word cell (a label column) becomes part of it
 * (rowspan), and a blank cell right of a word cell becomes part of it (colspan): this is how
 * the notices are really laid out, and the grid read back is the same grid.
 */
import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cellsOf, plainLine } from '../server/domain/text.ts';

const root = path.resolve(import.meta.dirname, '..');
const notices = path.join(root, 'test/fixtures/notices');
const out = path.join(root, 'test/fixtures/documents');
const seed = path.resolve(root, '../shared/seed');

const escape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const isFigure = (s: string): boolean => /\d/.test(s);

/** Rows of cells into HTML with spans: blanks join the word cell above, else the one left. */
function tableHtml(rows: string[][], borders: boolean): string {
  const width = Math.max(...rows.map((r) => r.length));
  const grid = rows.map((r) => Array.from({ length: width }, (_, c) => (r[c] ?? '').trim()));
  // owner[r][c]: the [row, col] of the cell that covers this position.
  const owner: [number, number][][] = grid.map((row, r) => row.map((_, c) => [r, c]));
  const spans = new Map<string, { rows: number; cols: number }>();
  grid.forEach((row, r) =>
    row.forEach((text, c) => {
      if (text !== '') {
        spans.set(`${r},${c}`, { rows: 1, cols: 1 });
        return;
      }
      const above = r > 0 ? owner[r - 1]?.[c] : undefined;
      const aboveText = above ? (grid[above[0]]?.[above[1]] ?? '') : '';
      const aboveSpan = above ? spans.get(`${above[0]},${above[1]}`) : undefined;
      // Grow downwards only a one-column word cell that sits in this column.
      if (
        above &&
        aboveSpan &&
        aboveText !== '' &&
        !isFigure(aboveText) &&
        aboveSpan.cols === 1 &&
        above[1] === c &&
        above[0] + aboveSpan.rows === r
      ) {
        aboveSpan.rows += 1;
        (owner[r] ?? [])[c] = above;
        return;
      }
      const left = c > 0 ? owner[r]?.[c - 1] : undefined;
      const leftText = left ? (grid[left[0]]?.[left[1]] ?? '') : '';
      const leftSpan = left ? spans.get(`${left[0]},${left[1]}`) : undefined;
      if (
        left &&
        leftSpan &&
        leftText !== '' &&
        !isFigure(leftText) &&
        left[0] === r &&
        leftSpan.rows === 1
      ) {
        leftSpan.cols += 1;
        (owner[r] ?? [])[c] = left;
        return;
      }
      spans.set(`${r},${c}`, { rows: 1, cols: 1 });
    }),
  );
  const body = grid
    .map((row, r) => {
      const cells = row.flatMap((text, c) => {
        const span = spans.get(`${r},${c}`);
        const [or, oc] = owner[r]?.[c] ?? [r, c];
        if (!span || or !== r || oc !== c) return [];
        const attrs = `${span.rows > 1 ? ` rowspan="${span.rows}"` : ''}${span.cols > 1 ? ` colspan="${span.cols}"` : ''}`;
        return [`<td${attrs}>${escape(text)}</td>`];
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  return borders
    ? `<table border="1" cellspacing="0" cellpadding="4">\n${body}\n</table>`
    : `<table style="border:none" cellspacing="0" cellpadding="4">\n${body}\n</table>`;
}

const STYLE = `body{font-family:"WenQuanYi Micro Hei",sans-serif;font-size:12pt;margin:2cm}
table{border-collapse:collapse;width:100%;margin:6pt 0}
td{border:1px solid #000;padding:3pt 4pt;font-size:10.5pt;vertical-align:middle}
p{margin:3pt 0}`;

/** A notice's text (tab or `|` tables) as a web page with real tables. */
export function noticeHtml(text: string, title: string, borders = true): string {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const parts: string[] = [];
  let rows: string[][] = [];
  const flush = (): void => {
    if (rows.length > 0) parts.push(tableHtml(rows, borders));
    rows = [];
  };
  for (const line of lines) {
    const cells = cellsOf(line);
    if (cells) {
      if (cells.length > 0) rows.push(cells);
      continue;
    }
    flush();
    const plain = plainLine(line);
    if (plain === '' || /^-{3,}$/.test(plain)) continue;
    parts.push(`<p>${escape(plain)}</p>`);
  }
  flush();
  const style = borders ? STYLE : `${STYLE}\ntd{border:none}`;
  return `<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(title)}</title><style>${style}</style></head>\n<body>\n${parts.join('\n')}\n</body></html>\n`;
}

function run(command: string, args: string[]): void {
  // Chromium and LibreOffice chatter on stderr (D-Bus, Java) without meaning anything.
  execFileSync(command, args, { stdio: 'ignore', timeout: 120_000 });
}

/** Text in GB18030 (GBK for every character these notices use), by the system's iconv. */
function gb18030(text: string): Buffer {
  return execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: text });
}

function chromiumPdf(html: string, pdf: string, work: string): void {
  run('chromium', [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    `--user-data-dir=${path.join(work, 'profile')}`,
    `--print-to-pdf=${pdf}`,
    '--no-pdf-header-footer',
    `file://${html}`,
  ]);
}

function soffice(work: string, filter: string, input: string): void {
  run('soffice', [
    `-env:UserInstallation=file://${path.join(work, 'lo')}`,
    '--headless',
    '--convert-to',
    filter,
    '--outdir',
    work,
    input,
  ]);
}

/** Notices made by hand for these tests, written as web pages (values in their comments). */
const HAND_MADE = ['hami-2023-batch2-notice'];

function renderNotice(name: string, work: string): void {
  const htmlPath = path.join(out, `${name}.html`);
  chromiumPdf(htmlPath, path.join(out, `${name}.chromium.pdf`), work);
  soffice(work, 'docx:MS Word 2007 XML', htmlPath);
  renameSync(path.join(work, `${name}.docx`), path.join(out, `${name}.docx`));
  soffice(work, 'pdf', path.join(out, `${name}.docx`));
  renameSync(path.join(work, `${name}.pdf`), path.join(out, `${name}.libreoffice.pdf`));
}

/**
 * `--attack`: the hand-made web pages of test/fixtures/attack/ (the attack tests' notices) to
 * Chromium PDF, LibreOffice .docx and LibreOffice PDF, beside them; nothing else is touched.
 */
function renderAttack(): void {
  const attack = path.join(root, 'test/fixtures/attack');
  const work = mkdtempSync(path.join(tmpdir(), 'render-attack-'));
  try {
    for (const file of readdirSync(attack).filter((f) => f.endsWith('.html'))) {
      const name = file.replace(/\.html$/, '');
      const htmlPath = path.join(attack, file);
      chromiumPdf(htmlPath, path.join(attack, `${name}.chromium.pdf`), work);
      soffice(work, 'docx:MS Word 2007 XML', htmlPath);
      renameSync(path.join(work, `${name}.docx`), path.join(attack, `${name}.docx`));
      soffice(work, 'pdf', path.join(attack, `${name}.docx`));
      renameSync(path.join(work, `${name}.pdf`), path.join(attack, `${name}.libreoffice.pdf`));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function main(): void {
  const work = mkdtempSync(path.join(tmpdir(), 'render-fixtures-'));
  try {
    for (const file of readdirSync(notices).filter((f) => f.endsWith('.txt'))) {
      const name = file.replace(/\.txt$/, '');
      const text = readFileSync(path.join(notices, file), 'utf8');
      writeFileSync(path.join(out, `${name}.html`), noticeHtml(text, name));
      renderNotice(name, work);
    }
    for (const name of HAND_MADE) renderNotice(name, work);
    // Tables printed without any lines (as Excel prints without gridlines).
    for (const name of ['enshi-2025-advance-notice', 'yili-2023-batch1-notice']) {
      const borderless = path.join(work, `${name}.borderless.html`);
      writeFileSync(
        borderless,
        noticeHtml(readFileSync(path.join(notices, `${name}.txt`), 'utf8'), name, false),
      );
      chromiumPdf(borderless, path.join(out, `${name}.borderless.pdf`), work);
    }
    for (const ext of ['pdf', 'docx']) {
      copyFileSync(
        path.join(seed, `changji-2022-batch2-notice.${ext}`),
        path.join(out, `seed.${ext}`),
      );
    }
    // Refusals: a scan (page images, no text), an encrypted PDF, a PDF cut short.
    const png = path.join(work, 'page');
    run('pdftoppm', [
      '-r',
      '40',
      '-png',
      '-f',
      '4',
      '-l',
      '4',
      '-singlefile',
      path.join(out, 'seed.pdf'),
      png,
    ]);
    const scanHtml = path.join(work, 'scan.html');
    writeFileSync(
      scanHtml,
      `<!DOCTYPE html><html><body style="margin:0"><img src="page.png" style="width:100%"></body></html>`,
    );
    chromiumPdf(scanHtml, path.join(out, 'refusal-scanned.pdf'), work);
    const small = path.join(work, 'small.html');
    writeFileSync(
      small,
      noticeHtml(
        readFileSync(path.join(notices, 'enshi-2025-advance-notice.txt'), 'utf8'),
        'small',
      ),
    );
    soffice(work, 'odt', small);
    soffice(
      work,
      'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}',
      path.join(work, 'small.odt'),
    );
    renameSync(path.join(work, 'small.pdf'), path.join(out, 'refusal-encrypted.pdf'));
    // Chinese text as older tools save it: GB18030/GBK, a web page declaring charset=gbk.
    const enshi = readFileSync(path.join(notices, 'enshi-2025-advance-notice.txt'), 'utf8');
    writeFileSync(
      path.join(out, 'enshi-2025-advance-notice.gb18030.txt'),
      gb18030(enshi.replace(/^\uFEFF/, '')),
    );
    const gbkPage = noticeHtml(enshi, 'gbk').replace(
      '<meta charset="utf-8">',
      '<meta http-equiv="Content-Type" content="text/html; charset=gbk">',
    );
    writeFileSync(path.join(out, 'enshi-2025-advance-notice.gbk.html'), gb18030(gbkPage));
    const whole = readFileSync(path.join(out, 'enshi-2025-advance-notice.chromium.pdf'));
    writeFileSync(
      path.join(out, 'refusal-truncated.pdf'),
      whole.subarray(0, Math.floor(whole.length / 2)),
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv.includes('--attack')) renderAttack();
else main();
