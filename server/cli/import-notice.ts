/**
 * `npm run import -- <file> [--number 文号] [--dry-run] [--json]`: reads a notice in any format
 * the readers know (recognised by content, not by the file's name), imports it into the
 * database at DB_PATH and prints what was read. `--number` gives the notice's number when it
 * shows none (never guessed); `--dry-run` reads and matches regions but writes nothing. Exits 1,
 * writing nothing, when the file cannot be imported.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { loadConfig } from '../config.ts';
import { closeDb, isPostgresUrl, openDb } from '../db/open.ts';
import { fenToWanString } from '../domain/money.ts';
import { systemActor } from '../services/actor.ts';
import {
  confirmNoticeImport,
  dryRunNotice,
  type NoticePreview,
} from '../services/notice-review.service.ts';
import type { FieldError } from '../services/spending-validation.ts';
import { formatImportSummary, type PrintedSummary } from './format-summary.ts';

const USAGE = 'usage: npm run import -- <file> [--number 文号] [--dry-run] [--json]';

function parseArgs(args: string[]) {
  const options = {
    json: false,
    dryRun: false,
    number: null as string | null,
    files: [] as string[],
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--json') options.json = true;
    else if (arg === '--dry-run') options.dryRun = true;
    else if (arg === '--number') {
      const value = args[++i];
      if (!value || value.startsWith('--'))
        return `--number needs a value (e.g. --number 昌州财社〔2022〕11号)`;
      options.number = value;
    } else if (arg.startsWith('--number=')) options.number = arg.slice('--number='.length);
    else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else options.files.push(arg);
  }
  if (options.files.length !== 1) return 'give exactly one file';
  return options;
}

/** The preview in the shape of an import summary (outcome `dry-run`), amounts in 万元. */
function previewSummary(p: NoticePreview): PrintedSummary {
  const d = p.document;
  const name = (key: string) => p.regions.find((r) => r.key === key);
  return {
    outcome: 'dry-run',
    document: {
      number: d?.number ?? '(none found)',
      revision: 0,
      title: d?.title ?? '',
      year: d?.year ?? 0,
      batch: d?.batch ?? null,
      issuedOn: d?.issuedOn ?? null,
      upstreamNumber: d?.upstreamNumber ?? null,
      program: d?.programName ?? null,
    },
    allocationTable: p.allocationTable,
    regions: p.regions.map((r) => ({
      name: r.name,
      level: r.level,
      parent: r.parentName,
      aliases: r.writtenNames.filter((n) => n !== r.name),
      existing: r.existing ? { id: r.existing.id, name: r.existing.name } : null,
    })),
    allocations: p.allocations.map((a) => ({
      region: name(a.regionKey)?.name ?? a.writtenName,
      annualTotal: fenToWanString(a.annualTotal),
      earlyAdvance: a.earlyAdvance === null ? null : fenToWanString(a.earlyAdvance),
      thisBatch: fenToWanString(a.thisBatch),
    })),
    sheets: p.sheets.map((s) => ({
      region: s.regionName,
      goals: s.goals,
      indicators: s.indicators,
    })),
    warnings: p.warnings.map(({ severity, code, message }) => ({ severity, code, message })),
  };
}

function fail(file: string, errors: FieldError[], json: boolean): void {
  const message = `${file} was not imported: ${errors.map((e) => e.message).join('; ')}. Nothing was written.`;
  const code = errors[0]?.code ?? 'INVALID';
  console.error(json ? JSON.stringify({ error: { code, message, errors } }) : message);
  process.exitCode = 1;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (typeof options === 'string') {
    console.error(`${options}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const file = options.files[0] ?? '';
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    console.error(`cannot read ${file}: ${(e as Error).message}`);
    process.exitCode = 1;
    return;
  }
  const input = {
    bytes,
    fileName: basename(file),
    corrections: options.number ? { number: options.number } : {},
  };
  const config = loadConfig();
  // A dry run against a database that does not exist yet does not create it: every region is new.
  const dryRunAlone =
    options.dryRun &&
    !isPostgresUrl(config.dbPath) &&
    config.dbPath !== ':memory:' &&
    !existsSync(config.dbPath);
  const db = await openDb(dryRunAlone ? ':memory:' : config.dbPath);
  try {
    if (options.dryRun) {
      const preview = await dryRunNotice(db, input);
      if (preview.errors.length > 0) return fail(file, preview.errors, options.json);
      const summary = previewSummary(preview);
      console.log(
        options.json
          ? JSON.stringify(summary, null, 2)
          : formatImportSummary(summary, config.dbPath),
      );
      return;
    }
    const result = await confirmNoticeImport(db, input, {
      actor: systemActor('cli'),
      now: new Date(),
    });
    if (!result.summary) return fail(file, result.errors, options.json);
    console.log(
      options.json
        ? JSON.stringify(result.summary, null, 2)
        : formatImportSummary(result.summary, config.dbPath),
    );
  } finally {
    await closeDb(db);
  }
}

await main();
