// The slice of the `dxf` package (no types of its own) that the venue import uses.
declare module 'dxf' {
  export interface DxfTransform {
    x?: number;
    y?: number;
    scaleX?: number;
    scaleY?: number;
    rotation?: number;
  }
  export interface DxfEntity {
    type: string;
    layer?: string;
    string?: string;
    x?: number;
    y?: number;
    x2?: number;
    y2?: number;
    textHeight?: number;
    nominalTextHeight?: number;
    rotation?: number;
    xAxisX?: number;
    xAxisY?: number;
    hAlign?: number;
    vAlign?: number;
    closed?: boolean;
    vertices?: { x: number; y: number; bulge?: number }[];
    [key: string]: unknown;
  }
  export interface DxfParsed {
    header: { insUnits?: number; extMin?: { x: number; y: number }; extMax?: { x: number; y: number } };
    tables: { layers: Record<string, { name: string; colorNumber?: number }> };
    blocks: unknown[];
    entities: unknown[];
  }
  export function parseString(text: string): DxfParsed;
  export function toPolylines(parsed: DxfParsed): { polylines: unknown[] };
}
