/**
 * JSON from clients, parsed and then checked for depth without recursion: JSON.parse copes
 * with any nesting, but whatever walks the value afterwards (JSON.stringify for the cache key,
 * graphql's variable coercion) recurses and would overflow the stack at 100,000 levels.
 */
export const MAX_JSON_DEPTH = 64;

export class JsonBodyError extends Error {}

/** The deepest nesting of arrays and objects in `value` (an object of scalars is 1). */
function depthOver(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop() as [unknown, number];
    if (item === null || typeof item !== 'object') continue;
    if (depth + 1 > max) return true;
    for (const child of Object.values(item as Record<string, unknown>))
      stack.push([child, depth + 1]);
  }
  return false;
}

/** Parses JSON text; throws JsonBodyError (a 400 with this message) when it is not JSON or too deep. */
export function parseClientJson(text: string, max = MAX_JSON_DEPTH): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    throw new JsonBodyError('请求体不是有效的 JSON。The request body is not valid JSON.');
  }
  if (depthOver(value, max))
    throw new JsonBodyError(
      `JSON 嵌套超过 ${max} 层。The JSON is nested deeper than ${max} levels.`,
    );
  return value;
}
