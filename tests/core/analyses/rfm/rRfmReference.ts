/** The R rfm package's scores and segments of rfm_data_orders.csv (tests/fixtures/rfm/make_r_reference.R). */
import { readFileSync } from 'node:fs';
import { fixture } from '../../../sharedData.ts';

export interface RScheme {
  bins: number;
  breaks: { recency: number[]; frequency: number[]; monetary: number[] };
  r: number[];
  f: number[];
  m: number[];
  segmentReadme?: string[];
  segmentTestthat?: string[];
}

export interface RReference {
  customers: string[];
  recencyDays: number[];
  orders: number[];
  revenue: number[];
  schemes: RScheme[];
}

export const R_REFERENCE = JSON.parse(readFileSync(fixture('rfm', 'r-reference.json'), 'utf8')) as RReference;
