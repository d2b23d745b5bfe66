// The README's figures table, generated from a report run (`npm run nlu:report -- --readme`) so that nobody
// edits it by hand: one row per locale, Alexa / Google side by side, pending-blind utterances in columns of their own.
import { PLATFORMS } from '../models/source.js';
import type { Report } from './score.js';
import { pendingName } from './sets.js';

export const README_START = '<!-- nlu-figures:start -->';
export const README_END = '<!-- nlu-figures:end -->';

const figure = (value: number | null): string => (value === null ? '-' : value.toFixed(1));

/** The Markdown table of held-out and tuning figures per locale (Alexa / Google where both serve it). */
export function figuresTable(reports: Report[]): string {
  const pending = pendingName('held-out');
  const withPending = reports.some((r) => r.set === pending);
  const locales = [...new Set(reports.map((r) => r.locale))].sort();
  const of = (set: string, locale: string): Report[] => PLATFORMS
    .map((p) => reports.find((r) => r.set === set && r.locale === locale && r.platform === p))
    .filter((r): r is Report => r !== undefined);
  const both = (rs: Report[], value: (r: Report) => string): string => (rs.length ? rs.map(value).join(' / ') : '-');
  const header = ['locale', 'platforms', 'held-out utterances', 'held-out intent %', 'held-out slot %', 'tuning intent %', 'tuning slot %'];
  if (withPending) header.push('pending blind utterances', 'pending blind intent %');
  const rows = locales.map((locale) => {
    const heldOut = of('held-out', locale);
    const tuning = of('tuning', locale);
    const served = heldOut.length ? heldOut : tuning;
    const row = [
      locale, served.map((r) => r.platform).join(' / '), String(heldOut[0]?.utterances ?? '-'),
      both(heldOut, (r) => figure(r.intentAccuracy)), both(heldOut, (r) => figure(r.slotAccuracy)),
      both(tuning, (r) => figure(r.intentAccuracy)), both(tuning, (r) => figure(r.slotAccuracy)),
    ];
    if (withPending) {
      const waiting = of(pending, locale);
      row.push(String(waiting[0]?.utterances ?? 0), both(waiting, (r) => figure(r.intentAccuracy)));
    }
    return row;
  });
  const line = (cells: string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}

/** The README with the text between the figures markers replaced by `table`; throws when the markers are missing. */
export function withFigures(readme: string, table: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${README_START} … ${README_END} block for the figures table`);
  return `${readme.slice(0, start + README_START.length)}\n${table}\n${readme.slice(end)}`;
}
