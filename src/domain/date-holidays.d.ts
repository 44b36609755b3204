// date-holidays-parser ships its types (an ambient module) but its package "exports" do not point at them.
/// <reference path="../../node_modules/date-holidays-parser/types/index.d.ts" />

declare module 'date-holidays/data' {
  /** Every country's rules and the shared holiday names (used only to check our Dutch copy). */
  export const data: {
    version: string;
    license: string;
    holidays: Record<string, unknown>;
    names: Record<string, unknown>;
  };
}
