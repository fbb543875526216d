/** Prints the cost (server/graphql/cost.ts) of every operation the product sends, highest first. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, Kind, parse } from 'graphql';
import { operationCost } from '../../server/graphql/cost.ts';
import { loadTypeDefs } from '../../server/graphql/server.ts';
import * as dashboard from '../../web/src/gql/graphql.ts';

const schema = buildSchema(loadTypeDefs());
const sources: { name: string; text: string }[] = [
  ...Object.entries(dashboard)
    .filter(([name]) => name.endsWith('Document'))
    .map(([name, d]) => ({ name: `dashboard ${name}`, text: String(d) })),
  ...['web/operations/contract', 'web/operations/examples'].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.graphql'))
      .map((f) => ({ name: join(dir, f), text: readFileSync(join(dir, f), 'utf8') })),
  ),
];
const rows: [number, string][] = [];
for (const { name, text } of sources) {
  const document = parse(text);
  for (const d of document.definitions)
    if (d.kind === Kind.OPERATION_DEFINITION)
      rows.push([operationCost(schema, document, d), `${name} ${d.name?.value ?? ''}`]);
}
for (const [cost, name] of rows.sort((a, b) => b[0] - a[0]))
  console.log(String(cost).padStart(8), name);
