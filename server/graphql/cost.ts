/**
 * The cost of an operation, counted the way it runs: a field costs 1 (plus its selection), and
 * a list field multiplies its whole selection by the number of items it realistically returns
 * (`first:` when it has one, else the sizes below, from the national data: ~40 children per
 * region at most, ~3,000 counties). So `regions { children { parent { children { … } } } }`
 * costs regions × 40 × 40 × … and is refused, where graphql-armor's cost (which adds levels
 * instead of multiplying them) let 15 copies through and ran for 28 s.
 *
 * Walking down and back up and down again (`children { parent { children … } }`, or the other
 * way round) never adds information and is refused outright as a recursive shape.
 *
 * Variables are not known at validation time: a `first: $n` counts as the largest page (100).
 */
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/** The largest page any `first:` argument accepts (services/pagination.ts). */
const MAX_PAGE = 100;
/** A list field not named below. */
const DEFAULT_LIST_SIZE = 20;

/**
 * Realistic sizes of lists, `Type.field` (national scale: 1 country, 31 provinces, 330
 * prefectures, ~2,850 counties; a prefecture has at most ~40 counties).
 */
const LIST_SIZES: Readonly<Record<string, number>> = {
  'Region.children': 40,
  'Region.aliases': 3,
  'Execution.children': 40,
  'Execution.trend': 12,
  'Execution.byDirection': 5,
  'Execution.byProgram': 50,
  'FundDocument.allocations': 40,
  'FundDocument.targetSheets': 40,
  'FundDocument.revisions': 5,
  'TargetSheet.indicators': 20,
  'IndicatorComparisonRow.regions': 40,
  'FilingStatus.regions': 3000,
  'SpendingReport.lines': 50,
  'SpendingReport.versions': 5,
  'Query.accounts': 200,
  'Query.programs': 50,
  'Query.lagExplanations': 200,
  'Query.indicatorComparison': 20,
  'Query.regionIndicators': 20,
};

/** Fields that run an aggregate of their own per parent item, weighted by that work. */
const FIELD_WEIGHTS: Readonly<Record<string, number>> = {
  'Execution.previousMonth': 10,
  'Execution.previousYear': 10,
  'Execution.byDirection': 5,
  'Execution.byProgram': 5,
  'Execution.trend': 10,
};

const INTROSPECTION_COST = 500;

/** Down-up-down paths: each pair is (field, field beneath it that walks back). */
const BACK_STEPS: ReadonlyArray<readonly [string, string]> = [
  ['children', 'parent'],
  ['parent', 'children'],
];

export class RecursiveShapeError extends Error {}

function regionsListSize(field: FieldNode): number {
  // Without arguments `regions` is the top of the tree (one country, or a few prefectures);
  // a parent lists its children; a level lists a whole level (~2,850 counties).
  const args = (field.arguments ?? []).map((a) => a.name.value);
  if (args.includes('level')) return 3000;
  return args.includes('parent') ? 40 : 5;
}

function listSize(typeName: string, field: FieldNode): number {
  // A connection's page is counted on the connection field (its `first`), not again here.
  if (field.name.value === 'nodes') return 1;
  const first = field.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last');
  if (first) {
    // A page below 1 is refused by the resolver, but the cost is counted before that: it must
    // never shrink (a negative `first` would subtract its subtree from the query's cost).
    const asked = first.value.kind === Kind.INT ? Number(first.value.value) : MAX_PAGE;
    return asked >= 1 ? Math.min(asked, MAX_PAGE) : MAX_PAGE;
  }
  if (typeName === 'Query' && field.name.value === 'regions') return regionsListSize(field);
  return LIST_SIZES[`${typeName}.${field.name.value}`] ?? DEFAULT_LIST_SIZE;
}

/** The multiplier a field puts on its selection: a page (`first`) or a list's size. */
function multiplier(typeName: string, field: FieldNode, isList: boolean): number {
  const hasPage = field.arguments?.some((a) => a.name.value === 'first') ?? false;
  if (hasPage) return listSize(typeName, field); // a connection: its `nodes` count once
  return isList ? listSize(typeName, field) : 1;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  /** Field names from the root to here. */
  path: string[];
  /** Fragments being expanded (cycles are another rule's error; here they only stop the walk). */
  expanding: Set<string>;
}

// Types are inspected by their printed form and duck typing, not graphql's instanceof helpers:
// under the test runner Apollo's schema can come from another copy of graphql (CJS vs ESM).
function fieldsOf(type: GraphQLNamedType): Record<string, { type: unknown } | undefined> {
  const withFields = type as { getFields?: () => Record<string, { type: unknown }> };
  return typeof withFields.getFields === 'function' ? withFields.getFields() : {};
}

/** `[Region!]!` → a list of Region. */
function shapeOf(schema: GraphQLSchema, type: unknown) {
  const printed = String(type);
  const isList = printed.replace(/!$/, '').startsWith('[');
  const name = printed.replace(/[[\]!]/g, '');
  return { isList, named: schema.getType(name) };
}

function selectionCost(walk: Walk, set: SelectionSetNode, type: GraphQLNamedType): number {
  let total = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      total += fieldCost(walk, selection, type);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition
        ? (walk.schema.getType(selection.typeCondition.name.value) ?? type)
        : type;
      total += selectionCost(walk, selection.selectionSet, on);
    } else {
      const name = selection.name.value;
      const fragment = walk.fragments[name];
      if (!fragment || walk.expanding.has(name)) continue;
      walk.expanding.add(name);
      const on = walk.schema.getType(fragment.typeCondition.name.value) ?? type;
      total += selectionCost(walk, fragment.selectionSet, on);
      walk.expanding.delete(name);
    }
  }
  return total;
}

function fieldCost(walk: Walk, field: FieldNode, parent: GraphQLNamedType): number {
  const name = field.name.value;
  if (name === '__typename') return 0;
  if (name === '__schema' || name === '__type') return INTROSPECTION_COST;
  const definition = fieldsOf(parent)[name];
  if (!definition) return 1; // unknown fields are FieldsOnCorrectType's error
  const previous = walk.path[walk.path.length - 1];
  const before = walk.path[walk.path.length - 2];
  for (const [down, up] of BACK_STEPS) {
    if (before === down && previous === up && name === down)
      throw new RecursiveShapeError(
        `Recursive selection ${down} { ${up} { ${down} … } } is not allowed: select the region itself instead.`,
      );
  }
  const { isList, named } = shapeOf(walk.schema, definition.type);
  const weight = FIELD_WEIGHTS[`${parent.name}.${name}`] ?? 1;
  if (!field.selectionSet || !named) return weight * (isList ? listSize(parent.name, field) : 1);
  walk.path.push(name);
  const inner = selectionCost(walk, field.selectionSet, named);
  walk.path.pop();
  return multiplier(parent.name, field, isList) * (weight + inner);
}

/** The cost of one operation of a document (throws RecursiveShapeError for a recursive shape). */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): number {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const walk: Walk = { schema, fragments, path: [], expanding: new Set() };
  return selectionCost(walk, operation.selectionSet, root);
}

/** A validation rule: refuses an operation over `maxCost`, or of a recursive shape. */
export function costLimitRule(maxCost: number) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      let cost: number;
      try {
        cost = operationCost(context.getSchema(), context.getDocument(), operation);
      } catch (e) {
        if (!(e instanceof RecursiveShapeError)) throw e;
        context.reportError(new GraphQLError(e.message, { nodes: [operation] }));
        return;
      }
      if (cost > maxCost)
        context.reportError(
          new GraphQLError(
            `Query cost limit of ${maxCost} exceeded, found ${Math.round(cost)}: each list multiplies the cost of what is selected inside it; ask for fewer fields, smaller pages or one level less.`,
            { nodes: [operation] },
          ),
        );
    },
  });
}
