/**
 * `npm run user -- <command>`: accounts from the command line (as the system, audited as `cli`).
 *
 *   add <username> --role ADMIN|LEADER|ANALYST|COUNTY [--region 昌吉市] [--name 显示名]
 *       prints a one-time password (the account must change it at first sign-in)
 *   list
 *   set <username> [--role …] [--region …] [--name …] [--disable | --enable]
 *   reset-password <username>      prints a new one-time password; ends the account's sessions
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { closeDb, openDb } from '../db/open.ts';
import {
  createAccount,
  listAccounts,
  resetPassword,
  updateAccount,
} from '../services/accounts.service.ts';
import { systemActor } from '../services/actor.ts';
import { InputError } from '../services/errors.ts';

const USAGE = `usage:
  npm run user -- add <username> --role ADMIN|LEADER|ANALYST|COUNTY [--region <region>] [--name <display name>]
  npm run user -- list
  npm run user -- set <username> [--role <role>] [--region <region>] [--name <display name>] [--disable | --enable]
  npm run user -- reset-password <username>`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    role: { type: 'string' },
    region: { type: 'string' },
    name: { type: 'string' },
    disable: { type: 'boolean' },
    enable: { type: 'boolean' },
  },
});
const [command, username] = positionals;
const config = loadConfig();
const db = await openDb(config.dbPath);
const context = { actor: systemActor('cli'), now: new Date() };

async function run(): Promise<void> {
  switch (command) {
    case 'add': {
      if (!username || !values.role) throw new UsageError();
      const { account, oneTimePassword } = await createAccount(db, context, {
        username,
        role: values.role,
        region: values.region ?? null,
        displayName: values.name ?? null,
      });
      console.log(
        `created ${account.username} (${account.role}${account.regionName ? `, ${account.regionName}` : ''})`,
      );
      console.log(
        `one-time password: ${oneTimePassword ?? ''}  (shown once; to be changed at first sign-in)`,
      );
      return;
    }
    case 'list':
      for (const a of await listAccounts(db, context.actor)) {
        const state = a.disabledAt
          ? 'disabled'
          : a.mustChangePassword
            ? 'one-time password'
            : 'active';
        console.log([a.username, a.role, a.regionName ?? '-', a.displayName, state].join('\t'));
      }
      return;
    case 'set': {
      if (!username || (values.disable && values.enable)) throw new UsageError();
      const account = await updateAccount(db, context, {
        username,
        role: values.role ?? null,
        region: values.region,
        displayName: values.name ?? null,
        disabled: values.disable ? true : values.enable ? false : null,
      });
      console.log(
        `updated ${account.username}: ${account.role}${account.regionName ? `, ${account.regionName}` : ''}${account.disabledAt ? ', disabled' : ''}`,
      );
      return;
    }
    case 'reset-password': {
      if (!username) throw new UsageError();
      const password = await resetPassword(db, context, username);
      console.log(`one-time password for ${username}: ${password}  (shown once)`);
      return;
    }
    default:
      throw new UsageError();
  }
}

class UsageError extends Error {}

try {
  await run();
} catch (e) {
  if (e instanceof UsageError) {
    console.error(USAGE);
    process.exitCode = 2;
  } else if (e instanceof InputError) {
    console.error(`refused (${e.code}${e.field ? `, ${e.field}` : ''}): ${e.message}`);
    process.exitCode = 1;
  } else throw e;
} finally {
  await closeDb(db);
}
