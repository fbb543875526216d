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
import { isAbbreviationOf, isAutonomousName, sameRegionName } from '../domain/region-names.ts';
import { type DocumentHeader, type ImportWarning, type PolicyReference } from './types.ts';

// An issuer code, the year in brackets (one of the two brackets may be missing, as in
// `湘财社指2017〕79号`), the serial (`第7号` at times) and 号.
const NUMBER_SOURCE =
  '([\\u4e00-\\u9fa5]{2,12})\\s*(?:[〔\\[【(（]\\s*(\\d{4})\\s*[〕\\]】)）]?|(\\d{4})\\s*[〕\\]】)）])\\s*第?\\s*(\\d+)\\s*号';

function numberOf(m: RegExpMatchArray): { code: string; year: string; serial: string } | null {
  const year = m[2] ?? m[3];
  if (!m[1] || !year || !m[4]) return null;
  return { code: m[1], year, serial: m[4] };
}

/** `新财社[2022]71 号` → `新财社〔2022〕71号`: the canonical spelling of a document number. */
export function canonicalDocumentNumber(text: string): string | null {
  const m = new RegExp(`^${NUMBER_SOURCE}$`, 'u').exec(text.normalize('NFKC').trim());
  const n = m ? numberOf(m) : null;
  return n ? `${n.code}〔${n.year}〕${Number(n.serial)}号` : null;
}

// In running prose the issuer code is preceded by a verb or a conjunction (`依据新财社〔2022〕71号`).
const LEAD_IN = /^.*(根据|依据|按照|参照|依照|遵照|转发|印发|现以|和|及|与|以)/;

function allNumbers(text: string): { number: string; index: number; end: number }[] {
  const re = new RegExp(NUMBER_SOURCE, 'gu');
  return [...text.matchAll(re)].flatMap((m) => {
    const n = numberOf(m);
    if (!n) return [];
    const code = n.code.replace(LEAD_IN, '');
    const kept = code.length >= 2 ? code : n.code;
    return [
      {
        number: `${kept}〔${n.year}〕${Number(n.serial)}号`,
        index: m.index + n.code.length - kept.length,
        end: m.index + m[0].length,
      },
    ];
  });
}

/** Full-width digits as ASCII (`〔２０２２〕７１号`), so numbers in the prose are found. */
function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

const FINANCE_BUREAU = /(财政局|财政厅|财政委员会|财政处|财政部)$/;
const ORGAN = /(局|厅|委员会|委|办公室|政府|部|中心|联合会|残联)$/;
const ORGAN_PART =
  /[\u4e00-\u9fff]{2,20}?(?:财政局|财政厅|财政委员会|财政部|民政局|民政厅|残疾人联合会|残联|人民政府|办公室|委员会|局|厅)/gu;

/** The organs a line names: `昌吉回族自治州财政局文件`, `益阳市财政局 益阳市民政局`. */
function organsOf(line: string): string[] {
  const text = compact(plainLine(line)).replace(/文件$/, '');
  if (text.length < 3 || text.length > 60 || !ORGAN.test(text)) return [];
  const parts = plainLine(line)
    .replace(/文件\s*$/, '')
    .split(/\s+/)
    .map((p) => compact(p))
    .filter((p) => p !== '');
  return parts.flatMap((p) => {
    if (!ORGAN.test(p)) return [];
    const glued = p.match(ORGAN_PART) ?? [];
    return glued.join('') === p && glued.length > 1 ? glued : [p];
  });
}

const ORGAN_OF_REGION = /^(.+?(?:自治区|自治州|自治县|地区|省|市|州|县|区|盟|旗))(.+)$/;

/**
 * The same organ spelled twice (`红河哈尼族彝族自治州财政局` in the red head, `红河州财政局` in the
 * title) is one issuer: the first spelling is kept.
 */
function distinctOrgans(organs: string[]): string[] {
  const kept: string[] = [];
  for (const organ of organs) {
    const m = ORGAN_OF_REGION.exec(organ);
    const same = kept.some((k) => {
      const n = ORGAN_OF_REGION.exec(k);
      if (!m?.[1] || !n?.[1] || m[2] !== n[2]) return k === organ;
      return (
        sameRegionName(m[1], n[1]) || isAbbreviationOf(m[1], n[1]) || isAbbreviationOf(n[1], m[1])
      );
    });
    if (!same) kept.push(organ);
  }
  return kept;
}

function issuerRegion(issuers: string[]): string | null {
  const finance = issuers.find((i) => FINANCE_BUREAU.test(i));
  if (finance === '财政部') return '中央';
  if (finance) return finance.replace(FINANCE_BUREAU, '') || null;
  const first = issuers[0];
  const m = first ? /^(.*(?:自治区|自治州|自治县|地区|省|市|州|县|区|盟|旗))/.exec(first) : null;
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
  // `“2082002-流浪乞讨人员救助支出”`: the dash between code and name is neither.
  return { code: m[1], name: m[2].replace(/^[\s\-－—–:：]+/, '').trim() };
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

/** A number standing alone, or in brackets beside its date: `[财预〔2020〕71号]  [2020-06-19]`. */
function numberOnLine(line: string): string | null {
  const t = plainLine(line)
    .replace(/[[【]\s*\d{4}-\d{1,2}-\d{1,2}\s*[\]】]/g, '')
    .trim()
    .replace(/^[[【]\s*(.*?)\s*[\]】]$/, '$1')
    .trim();
  return canonicalDocumentNumber(t);
}

const TITLE = /^(.{0,40}?)关于.+的?通知$/;

/** The title's spacing: none inside words and numbers, one space between issuers. */
function tidyTitle(text: string): string {
  const parts = text.trim().split(/\s+/);
  const pieces: string[] = [parts[0] ?? ''];
  for (const part of parts.slice(1)) {
    const last = pieces.at(-1) ?? '';
    const keep =
      ORGAN.test(compact(last)) &&
      (ORGAN.test(compact(part)) || /^关于/.test(part) || /^[\u4e00-\u9fff]{2,}(局|厅)/.test(part));
    if (keep) pieces.push(part);
    else pieces[pieces.length - 1] = `${last} ${part}`;
  }
  return pieces.map(tidyCjkSpacing).join(' ');
}

/** `…的通知（和地财建〔2022〕7号）`: a title carrying its number at the end. */
const TRAILING_NUMBER = new RegExp(`[(（【\\[]\\s*(${NUMBER_SOURCE})\\s*[)）】\\]]$`, 'u');

function findTitle(
  lines: string[],
): { title: string; start: number; end: number; number: string | null } | null {
  for (let i = 0; i < lines.length; i += 1) {
    const first = compact(plainLine(lines[i] ?? ''));
    if (first === '' || first.length > 120) continue;
    // A sentence citing a notice (`根据《关于…的通知》…`) is no title; a forwarding title
    // (`关于转发《…的通知》的通知`) is.
    const prefix = /^(.{0,40}?)关于/.exec(first)?.[1];
    if (prefix === undefined || /[《》，。,]|根据|依据|按照/.test(prefix)) continue;
    let text = plainLine(lines[i] ?? '');
    const carried = TRAILING_NUMBER.exec(text.normalize('NFKC'));
    const leading = new RegExp(
      `^[(（【\\[]?\\s*(${NUMBER_SOURCE})\\s*[)）】\\]]?\\s*(?=.{0,40}关于)`,
      'u',
    ).exec(text.normalize('NFKC'));
    const ownNumber = carried?.[1]
      ? canonicalDocumentNumber(carried[1])
      : leading?.[1]
        ? canonicalDocumentNumber(leading[1])
        : null;
    // NFKC keeps these characters' lengths, so the indexes hold in the text as written.
    if (carried) text = text.slice(0, carried.index);
    else if (leading && ownNumber) text = text.slice(leading[0].length);
    let end = i;
    // A title wrapped over two or three lines.
    while (!TITLE.test(compact(text)) && end < i + 2 && compact(lines[end + 1] ?? '') !== '') {
      end += 1;
      text += plainLine(lines[end] ?? '');
    }
    if (!TITLE.test(compact(text))) continue;
    let start = i;
    const above = lines[i - 1];
    if (
      above !== undefined &&
      /^关于/.test(first) &&
      organsOf(above).length > 0 &&
      !/文件\s*$/.test(above)
    ) {
      text = `${plainLine(above)} ${text}`;
      start = i - 1;
    }
    return { title: tidyTitle(text), start, end, number: ownNumber };
  }
  return null;
}

function dateOf(line: string): string | null {
  const t = compact(plainLine(line)).replace(/[OoΟ○]/g, '〇');
  if (/^[\d〇零一二三四五六七八九十年月日]+$/.test(t)) return parseChineseDate(t);
  // `2024.5.6`, `2024-05-06`, `2024/5/6` on a line of their own (a 发布时间 line is not).
  const numeric = /^(\d{4})[.\-/](\d{1,2})[.\-/](\d{1,2})$/.exec(t);
  if (numeric?.[1] && numeric[2] && numeric[3]) {
    const [month, day] = [Number(numeric[2]), Number(numeric[3])];
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31)
      return `${numeric[1]}-${numeric[2].padStart(2, '0')}-${numeric[3].padStart(2, '0')}`;
  }
  return null;
}

/** What the notice's own prose says; warnings for what it leaves out. */
export function parseDocumentHeader(
  lines: string[],
  /** The whole document, for a web page's address line under the tables. */
  allLines: string[] = lines,
): { header: DocumentHeader; warnings: ImportWarning[] } {
  const warnings: ImportWarning[] = [];
  const title = findTitle(lines);
  const afterTitle = title ? title.end + 1 : 0;
  const body = asciiDigits(
    lines
      .slice(afterTitle)
      .map((l) => l.trim())
      .join(''),
  );
  const bodyCompact = compact(body);

  // The notice's own number: a line of its own (or with its date), the title line, or the body
  // saying so (`现以广财社【2015】57号文下达`).
  const numberLine = lines.findIndex((l) => numberOnLine(l) !== null);
  let number = numberLine >= 0 ? numberOnLine(lines[numberLine] ?? '') : null;
  if (!number && title) number = title.number;
  if (!number) {
    const own = new RegExp(
      `(?:现以|特以|以)(${NUMBER_SOURCE})文?(?:下达|印发|拨付|通知)`,
      'u',
    ).exec(body);
    number = own?.[1] ? (allNumbers(own[1])[0]?.number ?? null) : null;
  }
  if (!number) {
    warnings.push({
      severity: 'warning',
      code: 'NUMBER_MISSING',
      message:
        '文件未写明本文文号；请用 --number 或在导入审核页给出文号（no document number; give it with --number or on the review page）',
      regionKey: null,
    });
  }

  // Issuers: the red head above the number or title, the title's own prefix, the signature.
  const headEnd = Math.min(...[numberLine, title?.start ?? -1].filter((i) => i >= 0), lines.length);
  const head = lines.slice(0, headEnd).flatMap(organsOf);
  const titlePrefix = title ? (/^(.*?)关于/.exec(title.title)?.[1] ?? '') : '';
  const fromTitle = organsOf(titlePrefix);
  const signature = lines.flatMap((l, i) => {
    // An organ alone on its line is a signature; run into other text it needs its date below.
    if (i > (title?.end ?? -1) && organsOf(l).length > 0) return organsOf(l);
    if (!dateOf(lines[i + 1] ?? '') && !dateOf(lines[i + 2] ?? '')) return [];
    const tail =
      /([^表。，,;；:：)）、\d\s]+)$/.exec(plainLine(l).replace(/\s+/g, ' ').trim())?.[1] ?? '';
    return organsOf(l).length > 0 ? organsOf(l) : organsOf(tail);
  });
  const issuers = distinctOrgans([
    ...head,
    ...fromTitle,
    ...(head.length + fromTitle.length === 0 ? signature : []),
  ]);
  let region = issuerRegion(issuers);
  // `黔东南州财政局` in the title, `黔东南苗族侗族自治州财政局` in the signature: the region is
  // known by its full name, as the notices that write it in full are.
  const fullName = signature
    .map((organ) => issuerRegion([organ]))
    .find((r) => r && region && r !== region && isAutonomousName(r) && sameRegionName(r, region));
  if (fullName) region = fullName;
  if (!region) {
    const address = allLines
      .map(
        (l) =>
          /^(?:单位)?地址[:：]\s*([\u4e00-\u9fff]{2,8}?(?:自治州|地区|市|州|盟))/.exec(
            compact(l),
          )?.[1],
      )
      .find((r) => r);
    if (address) {
      region = address;
      warnings.push({
        severity: 'warning',
        code: 'ISSUER_FROM_ADDRESS',
        message: `文中没有发文机关，按网页地址栏「${address}」推定发文地区；请核对`,
        regionKey: null,
      });
    }
  }

  // The date: a line of its own after the title (else anywhere: above the title, in the
  // signature), or beside the number in brackets.
  const dates = lines.map((l, i) => ({ i, d: dateOf(l) })).filter((x) => x.d !== null);
  const bracketDate = /[[【]\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*[\]】]/.exec(
    numberLine >= 0 ? (lines[numberLine] ?? '') : '',
  );
  const issuedOn =
    dates.find((x) => x.i > (title?.end ?? -1))?.d ??
    dates[0]?.d ??
    (bracketDate
      ? `${bracketDate[1]}-${bracketDate[2]?.padStart(2, '0')}-${bracketDate[3]?.padStart(2, '0')}`
      : null);

  const numbersInBody = allNumbers(body).filter((n) => n.number !== number);
  const upstreamNumber = upstreamOf(body, numbersInBody);

  const titleText = title?.title ?? null;
  const titleYear = titleText ? /(\d{4})年/.exec(compact(titleText))?.[1] : undefined;
  const numberYear = number ? /〔(\d{4})〕/.exec(number)?.[1] : undefined;
  const bodyYear =
    /(?:下达|拨付|安排|分配)(?:你[县市区州省]{1,2}(?:[(（][^)）]*[)）])?)?(\d{4})年/.exec(
      bodyCompact,
    )?.[1];
  // NaN when the prose says no year: the interpreter then takes the table's title or the
  // reviewer's year, or refuses.
  const year = Number(titleYear ?? numberYear ?? bodyYear ?? issuedOn?.slice(0, 4) ?? NaN);

  const batch = titleText ? batchOf(titleText) : /现(?:将)?提前下达/.test(bodyCompact) ? 0 : null;
  const header: DocumentHeader = {
    number,
    title: titleText,
    issuers,
    issuerRegion: region,
    issuedOn,
    year,
    batch,
    upstreamNumber,
    policyReferences: policyReferences(body, number ?? '', upstreamNumber),
    programName: null,
    fundSource: /中央/.test(titleText ?? bodyCompact.slice(0, 200)) ? 'central' : 'local',
    directFund: quoted(bodyCompact, /直达资金标识为["“](\d{2})([^"”]+)["”]/),
    // Revenue codes of the classification start with 1, expenditure codes with 2: a
    // `收支分类科目“2082002…”` is where the money is spent, not what it is received as.
    revenueSubject: quoted(
      bodyCompact,
      /收支分类科目(?:第)?["“]?(1\d{4,8})(?:项)?["“]?([^"”]+)["”]/,
    ),
    expenditureSubject:
      quoted(bodyCompact, /支出列入["“](\d{3,9})类?([^"”]+)["”]/) ??
      quoted(
        bodyCompact,
        /(?:收支|支出功能)分类科目(?:第)?["“]?(2\d{2,8})(?:项)?["“]?([^"”]+)["”]/,
      ),
    spendingDirections: directionsOf(body),
  };
  return { header, warnings };
}

const POLICY_TITLE = /(办法|规定|细则|意见|方案|制度|规程|指南)$/;

/**
 * The document the funds come from: the number cited after 根据/依据 (`根据《…通知》(X号)`),
 * never a cited 办法 or 规定 (`按照《…转移支付办法》(财预〔2019〕97号)`).
 */
function upstreamOf(
  body: string,
  numbers: { number: string; index: number; end: number }[],
): string | null {
  const cited = numbers.map((n) => {
    const before = body.slice(Math.max(0, n.index - 80), n.index);
    const titleMatch = /《([^《》]+)》\s*[(（]?\s*$/.exec(before);
    return { ...n, title: titleMatch?.[1] ?? null };
  });
  const usable = cited.filter((n) => !(n.title && POLICY_TITLE.test(n.title)));
  const basis = [...body.matchAll(/(根据|依据|按照)/g)].map((m) => m.index);
  const afterBasis = usable.find((n) =>
    basis.some((b) => b < n.index && !/[。]/.test(body.slice(b, n.index))),
  );
  return afterBasis?.number ?? usable.find((n) => n.title && /通知/.test(n.title))?.number ?? null;
}
