/** The one function of d3-time-format the app calls (the package ships no types). */
declare module 'd3-time-format' {
  export interface TimeLocaleDefinition {
    dateTime: string;
    date: string;
    time: string;
    periods: string[];
    days: string[];
    shortDays: string[];
    months: string[];
    shortMonths: string[];
  }
  export function timeFormatDefaultLocale(definition: TimeLocaleDefinition): unknown;
}
