/** Small lookups several resolver maps share. */
import type { GraphQLContext } from '../context.ts';
import type { IndicatorModel } from '../models.ts';

export async function regionOf(loaders: GraphQLContext['loaders'], id: number) {
  const region = await loaders.region.load(id);
  if (!region) throw new Error(`region ${id} missing`);
  return region;
}

/** A sheet indicator's target as the API shows it. */
export function targetOf(i: IndicatorModel) {
  return {
    text: i.targetText,
    kind: i.targetKind,
    op: i.targetOp,
    value: i.targetValue,
    unit: i.targetUnit,
    reference: i.targetReference,
  };
}
