/**
 * The notice's own particulars, read from its prose: number, title, issuers, date, batch,
 * upstream document, budget subjects, direct-fund mark and the spending directions it names.
 */
import { directionOf, type DirectionCode } from '../domain/directions.ts';
import {
  chineseNumeral,
  compact,
  parseChineseDate,
  plainLine,
  tidyCjkSpacing,
} from '../domain/text.ts';
import { NoticeFormatError, type DocumentHeader, type PolicyReference } from './types.ts';

const NUMBER_SOURCE =
  '([\\u4e00-\\u9fa5]{2,12})\\s*[〔\\[【(（]\\s*(\\d{4})\\s*[〕\\]】)）]\\s*(\\d+)\\s*号';

/** `新财社[2022]71 号` → `新财社〔2022〕71号`: the canonical spelling of a document number. */
export function canonicalDocumentNumber(text: string): string | null {
  const m = new RegExp(`^${NUMBER_SOURCE}$`, 'u').exec(text.normalize('NFKC').trim());
  if (!m?.[1] || !m[2] || !m[3]) return null;
  return `${m[1]}〔${m[2]}〕${Number(m[3])}号`;
}

// In running prose the issuer code is preceded by a verb or a conjunction (`依据新财社〔2022〕71号`).
const LEAD_IN = /^.*(根据|依据|按照|参照|依照|遵照|转发|印发|和|及|与)/;

function allNumbers(text: string): { number: string; index: number }[] {
  const re = new RegExp(NUMBER_SOURCE, 'gu');
  return [...text.matchAll(re)].map((m) => {
    const code = (m[1] ?? '').replace(LEAD_IN, '');
    return {
      number: `${code.length >= 2 ? code : m[1]}〔${m[2]}〕${Number(m[3])}号`,
      index: m.index,
    };
  });
}

/** Full-width digits as ASCII (`〔２０２２〕７１号`), so numbers in the prose are found. */
function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

const FINANCE_BUREAU = /(财政局|财政厅|财政委员会|财政处|财政部)$/;
const ORGAN = /(局|厅|委员会|委|办公室|政府|部|中心)$/;

function issuersBefore(lines: string[], numberLine: number): string[] {
  return lines
    .slice(0, numberLine)
    .map(plainLine)
    .map(compact)
    .filter((l) => l.length >= 4 && l.length <= 30 && ORGAN.test(l) && !/文件$/.test(l));
}

function issuerRegion(issuers: string[]): string | null {
  const finance = issuers.find((i) => FINANCE_BUREAU.test(i));
  if (finance) return finance.replace(FINANCE_BUREAU, '') || null;
  const first = issuers[0];
  const m = first ? /^(.*(?:自治区|自治州|自治县|地区|省|市|州|县|盟|旗))/.exec(first) : null;
  return m?.[1] ?? null;
}

function batchOf(title: string): number | null {
  const m = /第\s*([一二三四五六七八九十\d]+)\s*批/.exec(title);
  if (m?.[1]) return chineseNumeral(m[1]);
  if (/提前下达/.test(title)) return 0;
  return null;
}

function quoted(body: string, pattern: RegExp): { code: string; name: string } | null {
  const m = pattern.exec(body);
  if (!m?.[1] || !m[2]) return null;
  return { code: m[1], name: m[2].trim() };
}

/** The directions in a sentence like `主要用于低保、特困人员救助供养、…、孤儿（含…）基本生活保障支出`. */
function directionsOf(body: string): DirectionCode[] {
  const m = /主要用于([^。]+)/.exec(body);
  if (!m?.[1]) return [];
  let sentence = m[1];
  // Drop parenthesised asides, innermost first (they may nest).
  for (let prev = ''; prev !== sentence;) {
    prev = sentence;
    sentence = sentence.replace(/[(（][^()（）]*[)）]/g, '');
  }
  const found = sentence
    .split(/[、，,和及]/)
    .map((part) => directionOf(part))
    .filter((d): d is DirectionCode => d !== null);
  return [...new Set(found)];
}

function policyReferences(body: string, own: string, upstream: string | null): PolicyReference[] {
  const re = new RegExp(`《([^》]+)》\\s*(?:[(（]\\s*(${NUMBER_SOURCE})\\s*[)）])?`, 'gu');
  const refs: PolicyReference[] = [...body.matchAll(re)]
    .map((m) => ({
      title: tidyCjkSpacing(m[1] ?? ''),
      number: m[2] ? canonicalDocumentNumber(m[2]) : null,
    }))
    .filter((r) => r.number !== own);
  if (upstream && !refs.some((r) => r.number === upstream))
    refs.unshift({ title: '', number: upstream });
  return refs;
}

export function parseDocumentHeader(lines: string[], bodyEnd: number): DocumentHeader {
  const numberLine = lines.findIndex(
    (l, i) => i < bodyEnd && canonicalDocumentNumber(plainLine(l)),
  );
  if (numberLine < 0) {
    throw new NoticeFormatError(
      'no document number found (expected a line such as 昌州财社〔2022〕11号 before the title)',
    );
  }
  const number = canonicalDocumentNumber(plainLine(lines[numberLine] ?? ''));
  if (!number) throw new NoticeFormatError('no document number found', numberLine + 1);

  const titleLine = lines.findIndex(
    (l, i) => i > numberLine && i < bodyEnd && /^关于.*通知$/.test(compact(plainLine(l))),
  );
  if (titleLine < 0) {
    throw new NoticeFormatError('no title found (expected a line 关于…的通知 after the number)');
  }
  const title = tidyCjkSpacing(plainLine(lines[titleLine] ?? ''));
  const body = asciiDigits(
    lines
      .slice(titleLine + 1, bodyEnd)
      .map((l) => l.trim())
      .join(''),
  );
  const bodyCompact = compact(body);

  const numbersInBody = allNumbers(body).filter((n) => n.number !== number);
  const basis = /根据/.exec(body);
  const upstreamNumber =
    numbersInBody.find((n) => basis && n.index > basis.index)?.number ??
    numbersInBody[0]?.number ??
    null;

  const issuedOn =
    lines
      .slice(titleLine + 1, bodyEnd)
      .map((l) => compact(plainLine(l)))
      .filter((l) => /^[\d〇零一二三四五六七八九十年月日]+$/.test(l))
      .map(parseChineseDate)
      .find((d) => d !== null) ?? null;

  const titleYear = /(\d{4})年/.exec(compact(title))?.[1];
  const numberYear = /〔(\d{4})〕/.exec(number)?.[1];
  const year = Number(titleYear ?? numberYear);

  const issuers = issuersBefore(lines, numberLine);
  return {
    number,
    title,
    issuers,
    issuerRegion: issuerRegion(issuers),
    issuedOn,
    year,
    batch: batchOf(title),
    upstreamNumber,
    policyReferences: policyReferences(body, number, upstreamNumber),
    programName: null,
    fundSource: /中央/.test(title) ? 'central' : 'local',
    directFund: quoted(bodyCompact, /直达资金标识为["“](\d{2})([^"”]+)["”]/),
    revenueSubject: quoted(bodyCompact, /收支分类科目["“]?(\d{5,9})["“]?([^"”]+)["”]/),
    expenditureSubject: quoted(bodyCompact, /支出列入["“](\d{3,9})类?([^"”]+)["”]/),
    spendingDirections: directionsOf(body),
  };
}
