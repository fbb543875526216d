/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AppShellQueryVariables = Exact<{ [key: string]: never; }>;


export type AppShellQuery = { dataStatus: { years: Array<number>, hasSampleData: boolean, latestPeriod: { year: number, month: number } | null } };

export type FilterProgramsQueryVariables = Exact<{
  year?: number | null | undefined;
}>;


export type FilterProgramsQuery = { programs: Array<{ id: string, name: string, year: number }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const AppShellDocument = new TypedDocumentString(`
    query AppShell {
  dataStatus {
    latestPeriod {
      year
      month
    }
    years
    hasSampleData
  }
}
    `) as unknown as TypedDocumentString<AppShellQuery, AppShellQueryVariables>;
export const FilterProgramsDocument = new TypedDocumentString(`
    query FilterPrograms($year: Int) {
  programs(year: $year) {
    id
    name
    year
  }
}
    `) as unknown as TypedDocumentString<FilterProgramsQuery, FilterProgramsQueryVariables>;